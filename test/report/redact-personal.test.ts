import { describe, expect, it } from 'vitest';
import { redactPersonal } from '../../shared/logic/redact-personal';

describe('personal numbers are masked', () => {
  it('mobiles keep their first three and last four digits, however they are written', () => {
    expect(redactPersonal('张女士 13812345678 反映')).toBe('张女士 138****5678 反映');
    expect(redactPersonal('电话138 1234 5678')).toBe('电话138****5678');
    expect(redactPersonal('电话：138-1234-5678。')).toBe('电话：138****5678。');
    expect(redactPersonal('+86 19912345678')).toBe('199****5678');
    expect(redactPersonal('联系15900001111或13700002222')).toBe('联系159****1111或137****2222');
  });

  it('full-width digits typed with a Chinese input method', () => {
    expect(redactPersonal('电话１３８１２３４５６７８')).toBe('电话138****5678');
    expect(redactPersonal('（０１０）－１２３４５６７８')).toBe('(010)-****5678');
    expect(redactPersonal('（注）电话：１３８　１２３４　５６７８　请回电')).toBe(
      '（注）电话：138****5678　请回电',
    );
  });

  it('landlines with an area code and 18-digit ID numbers', () => {
    expect(redactPersonal('拨打 010-12345678')).toBe('拨打 010-****5678');
    expect(redactPersonal('(0571) 8765432')).toBe('(0571)-****5432');
    expect(redactPersonal('身份证 11010119800101123X')).toBe('身份证 110101********123X');
    expect(redactPersonal('110101199912311234')).toBe('110101********1234');
  });

  it('leaves what is not a personal number', () => {
    for (const text of [
      '2025-01 至 2025-06',
      '102 / 109 件工单',
      '1,250',
      '工单 202501152000000001',
      '2025年7月10日 14:30',
      'https://example.org/j/a13812345678b',
      '12345 热线',
      '方庄街道 2025 年向群众报告工作会',
    ]) {
      expect(redactPersonal(text)).toBe(text);
    }
  });

  it('keeps the public numbers it is given, however they are spaced', () => {
    expect(redactPersonal('咨询电话：010-67671234', ['010-67671234'])).toBe('咨询电话：010-67671234');
    expect(redactPersonal('咨询电话：010 67671234', ['01067671234'])).toBe('咨询电话：010 67671234');
    expect(redactPersonal('咨询电话：010-67671234 或 13812345678', ['010-67671234'])).toBe(
      '咨询电话：010-67671234 或 138****5678',
    );
  });
});
