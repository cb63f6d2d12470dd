import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererDir = join(root, 'renderer');
const i18nDir = join(rendererDir, 'i18n');

type Tree = { [key: string]: Tree | string | Tree[] | string[] };

/** Every leaf as a dotted path (array items by index) with its value. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Tree)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

/** A language's main file and its parts (parts/<feature>.<lang>.json), each part under keys of its own. */
function load(name: string): Map<string, unknown> {
  const language = name.replace(/\.json$/, '');
  const partsDir = join(i18nDir, 'parts');
  const parts = readdirSync(partsDir).filter((file) => file.endsWith(`.${language}.json`));
  const merged = new Map<string, unknown>();
  for (const path of [join(i18nDir, name), ...parts.map((file) => join(partsDir, file))]) {
    for (const [key, value] of leaves(JSON.parse(readFileSync(path, 'utf8')))) {
      if (merged.has(key)) throw new Error(`${relative(root, path)} repeats the key ${key}`);
      merged.set(key, value);
    }
  }
  return merged;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

/** Chinese characters and full-width punctuation: text that belongs in the translation files. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** Drops comments, which may legitimately name domain words in Chinese (说明 why, for the reader). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('translations', () => {
  const zh = load('zh-CN.json');
  const en = load('en-US.json');

  it('zh-CN and en-US have exactly the same keys', () => {
    const onlyZh = [...zh.keys()].filter((key) => !en.has(key));
    const onlyEn = [...en.keys()].filter((key) => !zh.has(key));
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] });
    expect(zh.size).toBeGreaterThan(50);
  });

  it('has no empty or non-string values', () => {
    for (const [name, map] of [
      ['zh-CN', zh],
      ['en-US', en],
    ] as const) {
      const bad = [...map]
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => key);
      expect(bad, name).toEqual([]);
    }
  });

  it('uses the same interpolation placeholders in both languages', () => {
    const placeholders = (value: unknown) =>
      [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = [...zh.keys()].filter(
      (key) => en.has(key) && placeholders(zh.get(key)).join() !== placeholders(en.get(key)).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('English text is English (no Chinese left untranslated), apart from a language named in itself', () => {
    const named = new Set(['settings.languageNames.zhCN']);
    const untranslated = [...en]
      .filter(([key, value]) => !named.has(key) && CJK.test(String(value)))
      .map(([k]) => k);
    expect(untranslated).toEqual([]);
  });

  it('no .tsx file under renderer/ holds a Chinese literal outside the translation files', () => {
    const offenders = filesUnder(rendererDir, '.tsx')
      .flatMap((file) =>
        withoutComments(readFileSync(file, 'utf8'))
          .split('\n')
          .map((line, index) => ({ file: relative(root, file), line: index + 1, text: line.trim() })),
      )
      .filter(({ text }) => CJK.test(text));
    expect(offenders).toEqual([]);
  });

  it('the CJK check itself catches a literal', () => {
    expect(CJK.test(withoutComments("const label = '保存';"))).toBe(true);
    expect(CJK.test(withoutComments('// 保存 is the save button'))).toBe(false);
    expect(CJK.test(withoutComments('<Button>（副本）</Button>'))).toBe(true);
  });
});
