import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain';
import { dayjs } from '../../shared/logic/shanghai-time';
import { call } from '../data/call';
import { keys, usePreferences } from '../data/queries';
import { useRunner } from '../data/use-runner';
import { rememberLanguage } from './index';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';

function applyLanguage(language: Language, changeLanguage: (lng: string) => unknown): void {
  void changeLanguage(language);
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = language;
  rememberLanguage(language);
}

export function useCurrentLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
}

/** Keeps the page's language in step with the stored preference (also when another window changes it). */
export function useLanguageSync(): void {
  const { i18n } = useTranslation();
  const preferences = usePreferences();
  const stored = preferences.data?.language;
  useEffect(() => {
    if (stored) applyLanguage(stored, (lng) => i18n.changeLanguage(lng));
  }, [stored, i18n]);
}

/** Switches at once, then persists; a failed save switches back and says why. */
export function useSetLanguage(): (language: Language) => Promise<void> {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const run = useRunner();
  return useCallback(
    async (language: Language) => {
      const previous: Language = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
      applyLanguage(language, (lng) => i18n.changeLanguage(lng));
      const saved = await run(() => call('preferences.update', { language }));
      if (saved) queryClient.setQueryData(keys.preferences, saved);
      else applyLanguage(previous, (lng) => i18n.changeLanguage(lng));
    },
    [i18n, queryClient, run],
  );
}
