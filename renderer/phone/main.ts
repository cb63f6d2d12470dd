import './compat';
import './phone.css';
import { PHONE_WIRE as PHONE_HTTP } from './wire';
import { startApp } from './app';
import { xhrCall } from './http';
import { makeTranslate, pickLanguage } from './i18n';
import { browserRandomBytes, phoneId, randomId } from './ids';
import type { EventSourceLike } from './live';
import { safeStore } from './storage';
import { resolveToken } from './token';

const store = safeStore(() => window.localStorage);
const random = browserRandomBytes();
const language = pickLanguage(navigator.language);
const t = makeTranslate(language);
document.documentElement.lang = language;
document.title = t('pageTitle');

const token = resolveToken(window.location.hash, PHONE_HTTP.fragmentKey, store);
const root = document.getElementById('app') ?? document.body;
while (root.firstChild) root.removeChild(root.firstChild);

const openStream =
  'EventSource' in window && token !== null
    ? () =>
        new window.EventSource(
          `${PHONE_HTTP.events}?${PHONE_HTTP.eventsTokenParam}=${encodeURIComponent(token)}`,
        ) as unknown as EventSourceLike
    : null;

const app = startApp({
  doc: document,
  root,
  store,
  t,
  token,
  phoneId: phoneId(store, random),
  call: xhrCall(token ?? ''),
  newClientId: () => randomId(random),
  openStream,
  now: () => Date.now(),
  random: () => Math.random(),
  setTimer: (run, ms) => {
    const id = window.setTimeout(run, ms);
    return () => window.clearTimeout(id);
  },
});

// A phone that slept, lost the Wi-Fi or had the page in the background catches up as soon as it can.
window.addEventListener('online', app.resume);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState !== 'hidden') app.resume();
});
window.addEventListener('pageshow', app.resume);
