import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain';
import enUS from './en-US.json';
import reportBuilderEn from './parts/report-builder.en-US.json';
import reportBuilderZh from './parts/report-builder.zh-CN.json';
import reportCardEn from './parts/report-card.en-US.json';
import reportCardZh from './parts/report-card.zh-CN.json';
import reportConsoleEn from './parts/report-console.en-US.json';
import reportConsoleZh from './parts/report-console.zh-CN.json';
import liveCommonEn from './parts/live-common.en-US.json';
import liveCommonZh from './parts/live-common.zh-CN.json';
import liveConsoleEn from './parts/live-console.en-US.json';
import liveConsoleZh from './parts/live-console.zh-CN.json';
import liveProjectorEn from './parts/live-projector.en-US.json';
import liveProjectorZh from './parts/live-projector.zh-CN.json';
import liveWrapUpEn from './parts/live-wrapup.en-US.json';
import liveWrapUpZh from './parts/live-wrapup.zh-CN.json';
import liveGatewayEn from './parts/live-gateway.en-US.json';
import liveGatewayZh from './parts/live-gateway.zh-CN.json';
import followUpEn from './parts/follow-up.en-US.json';
import followUpZh from './parts/follow-up.zh-CN.json';
import followBoardEn from './parts/follow-board.en-US.json';
import followBoardZh from './parts/follow-board.zh-CN.json';
import projectPoolEn from './parts/projects-pool.en-US.json';
import projectPoolZh from './parts/projects-pool.zh-CN.json';
import projectVoteEn from './parts/projects-vote.en-US.json';
import projectVoteZh from './parts/projects-vote.zh-CN.json';
import projectMakeEn from './parts/projects-make.en-US.json';
import projectMakeZh from './parts/projects-make.zh-CN.json';
import zhCN from './zh-CN.json';

export const LANGUAGES: readonly Language[] = ['zh-CN', 'en-US'];

/** Remembered in the page too, so a reload paints in the right language before preferences arrive. */
const CACHE_KEY = 'rbd.language';

export function cachedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(CACHE_KEY);
    return value === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(CACHE_KEY, language);
  } catch {
    // Storage may be disabled; the server-side preference still holds the choice.
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  // A feature's strings may sit in a file of its own under parts/, each under its own top-level key.
  resources: {
    'zh-CN': {
      translation: {
        ...zhCN,
        ...reportCardZh,
        ...reportBuilderZh,
        ...reportConsoleZh,
        ...liveCommonZh,
        ...liveConsoleZh,
        ...liveProjectorZh,
        ...liveWrapUpZh,
        ...liveGatewayZh,
        ...followUpZh,
        ...followBoardZh,
        ...projectPoolZh,
        ...projectVoteZh,
        ...projectMakeZh,
      },
    },
    'en-US': {
      translation: {
        ...enUS,
        ...reportCardEn,
        ...reportBuilderEn,
        ...reportConsoleEn,
        ...liveCommonEn,
        ...liveConsoleEn,
        ...liveProjectorEn,
        ...liveWrapUpEn,
        ...liveGatewayEn,
        ...followUpEn,
        ...followBoardEn,
        ...projectPoolEn,
        ...projectVoteEn,
        ...projectMakeEn,
      },
    },
  },
  lng: cachedLanguage(),
  fallbackLng: 'zh-CN',
  // React escapes text already; escaping here would double-encode residents' text.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
});
