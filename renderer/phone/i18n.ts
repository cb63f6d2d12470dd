import enUS from '../i18n/parts/phone.en-US.json';
import zhCN from '../i18n/parts/phone.zh-CN.json';

/**
 * A tiny lookup over the phone part of the translations: i18next would weigh more than the whole page.
 * Keys are dotted paths under `phone` ("ask.submit"); `{{name}}` is replaced like i18next does.
 */
export type PhoneLanguage = 'zh-CN' | 'en-US';
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: Params) => string;

type Tree = { readonly [key: string]: Tree | string };

const DICTIONARIES: Readonly<Record<PhoneLanguage, Tree>> = {
  'zh-CN': zhCN.phone,
  'en-US': enUS.phone,
};

/** zh-CN unless the phone says English: the hall's residents read Chinese first. */
export function pickLanguage(navigatorLanguage: string | undefined | null): PhoneLanguage {
  return typeof navigatorLanguage === 'string' && /^en/i.test(navigatorLanguage) ? 'en-US' : 'zh-CN';
}

function lookup(tree: Tree, key: string): string | null {
  let node: Tree | string | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return null;
    node = node[part];
  }
  return typeof node === 'string' ? node : null;
}

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A missing key falls back to Chinese, then to the key itself (visible, so a test or a user notices). */
export function makeTranslate(language: PhoneLanguage, dictionaries = DICTIONARIES): Translate {
  const primary = dictionaries[language];
  const fallback = dictionaries['zh-CN'];
  return (key, params) => interpolate(lookup(primary, key) ?? lookup(fallback, key) ?? key, params);
}
