import { describe, expect, it } from 'vitest';
import {
  excelDateToIso,
  excelSerialToIso,
  parseChannel,
  parseDateText,
  parseResolved,
  parseSatisfaction,
} from '../../shared/logic/opinion-values';
import { normalizeCode, normalizeKey, normalizeText } from '../../shared/logic/text-normalize';

describe('dates read as Beijing time', () => {
  it.each([
    ['2025/3/5 8:05', '2025-03-05T08:05:00+08:00'],
    ['2025-03-05 08:05:00', '2025-03-05T08:05:00+08:00'],
    ['2025-03-05T08:05:30', '2025-03-05T08:05:30+08:00'],
    ['2025年3月5日', '2025-03-05T00:00:00+08:00'],
    ['2025年3月5日 8时5分', '2025-03-05T08:05:00+08:00'],
    ['2025.3.5', '2025-03-05T00:00:00+08:00'],
    ['20250305', '2025-03-05T00:00:00+08:00'],
    ['２０２５/３/５　８:０５', '2025-03-05T08:05:00+08:00'],
    ['2025-03-05T00:05:00Z', '2025-03-05T08:05:00+08:00'],
    ['2024/2/29', '2024-02-29T00:00:00+08:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['上周三', '2025/2/30', '2025/13/1', '2025/3/5 25:00', '', '12345', '2025/3/5 8:05 and more text'])(
    'refuses %j',
    (text) => {
      expect(parseDateText(text)).toBeUndefined();
    },
  );

  it('takes daylight saving into account before 1992', () => {
    expect(parseDateText('1988-07-01 12:00')).toBe('1988-07-01T12:00:00+09:00');
  });

  it('rounds SheetJS date cells to the second the user typed', () => {
    expect(excelDateToIso(new Date('2025-03-05T08:04:59.999Z'))).toBe('2025-03-05T08:05:00+08:00');
  });

  it('reads a bare serial day number only within plausible years', () => {
    expect(excelSerialToIso(45721.5)).toBe('2025-03-05T12:00:00+08:00');
    expect(excelSerialToIso(12)).toBeUndefined();
    expect(excelSerialToIso(2_025_030_512_345_678)).toBeUndefined();
  });
});

describe('channels, resolution and satisfaction', () => {
  it.each([
    ['12345', 'hotline12345'],
    ['12345热线', 'hotline12345'],
    ['接诉即办', 'hotline12345'],
    ['６５５５', 'hotline6555'],
    ['6555热线', 'hotline6555'],
    ['社区服务站', 'serviceStation'],
    ['民意集智公众号', 'wechat'],
    ['公众号', 'wechat'],
    ['入户走访', 'homeVisit'],
    ['网格巡查', 'grid'],
    ['意见箱', 'mailbox'],
    ['报告会现场', 'onSite'],
    ['hotline6555', 'hotline6555'],
  ])('%s → %s', (text, channel) => {
    expect(parseChannel(text)).toBe(channel);
  });

  it('does not guess a channel', () => {
    expect(parseChannel('飞鸽传书')).toBeUndefined();
  });

  it.each([
    ['已解决', true],
    ['解决', true],
    ['是', true],
    ['未解决', false],
    ['否', false],
    ['办理中', false],
    [' 未 解 决 ', false],
    ['', null],
  ])('解决情况 %j → %j', (text, resolved) => {
    expect(parseResolved(text)).toBe(resolved);
  });

  it('leaves an unknown resolution word for the caller to report', () => {
    expect(parseResolved('解释说明')).toBeUndefined();
  });

  it.each([
    ['满意', 'satisfied'],
    ['基本满意', 'basicallySatisfied'],
    ['不满意', 'dissatisfied'],
    ['未评价', 'unrated'],
    ['', 'unrated'],
  ])('满意度 %j → %s', (text, level) => {
    expect(parseSatisfaction(text)).toBe(level);
  });

  it('does not read 还行吧 as a rating', () => {
    expect(parseSatisfaction('还行吧')).toBeUndefined();
  });
});

describe('NFKC normalisation', () => {
  it('makes full-width digits and spaces ordinary in codes', () => {
    expect(normalizeCode('１３７　１２３４　５６７８')).toBe('13712345678');
    expect(normalizeKey('　２０２５　')).toBe('2025');
  });

  it('keeps Chinese punctuation and line breaks in residents’ words', () => {
    expect(normalizeText('　停车难，消防通道被占（第２次）\r\n请处理　')).toBe(
      '停车难，消防通道被占（第2次）\n请处理',
    );
  });
});
