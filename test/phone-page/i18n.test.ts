import { describe, expect, it } from 'vitest';
import { interpolate, makeTranslate, pickLanguage } from '../../renderer/phone/i18n';

describe('the phone page’s own lookup', () => {
  it('Chinese by default, English when the phone says en', () => {
    expect(pickLanguage('zh-CN')).toBe('zh-CN');
    expect(pickLanguage('zh-TW')).toBe('zh-CN');
    expect(pickLanguage(undefined)).toBe('zh-CN');
    expect(pickLanguage('en')).toBe('en-US');
    expect(pickLanguage('en-GB')).toBe('en-US');
    expect(pickLanguage('EN-us')).toBe('en-US');
  });

  it('looks up dotted keys of the phone part', () => {
    expect(makeTranslate('zh-CN')('ask.submit')).toBe('提交问题');
    expect(makeTranslate('en-US')('ask.submit')).toBe('Send question');
    expect(makeTranslate('zh-CN')('errors.token')).toBe('请扫描会场大屏上的二维码进入');
    expect(makeTranslate('zh-CN')('errors.busy')).toBe('人太多了，正在排队重试…');
  });

  it('interpolates {{name}} like i18next, leaving unknown placeholders visible', () => {
    expect(makeTranslate('zh-CN')('ask.counter', { count: 12, max: 500 })).toBe('12/500');
    expect(interpolate('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}');
    // A value is inserted as it is, once: a resident's "{{x}}" is not expanded again.
    expect(interpolate('答复：{{note}}', { note: '{{note}}<b>' })).toBe('答复：{{note}}<b>');
  });

  it('falls back to Chinese, then to the key', () => {
    const t = makeTranslate('en-US', {
      'zh-CN': { only: '只有中文', nested: { key: '嵌套' } },
      'en-US': { nested: {} },
    });
    expect(t('only')).toBe('只有中文');
    expect(t('nested.key')).toBe('嵌套');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('nested')).toBe('nested');
  });
});
