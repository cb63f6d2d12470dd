import { describe, expect, it } from 'vitest';
import { QUESTION_CATEGORIES, suggestCategory } from '../../shared/logic/live/question-category';
import { STREET_QUESTIONS } from './support/street-questions';

/** What a street office's staff would file each fixture topic under. */
const FILED_UNDER: Record<string, string> = {
  parking: '停车管理',
  elevator: '加装电梯',
  garbage: '环境卫生',
  noise: '噪音扰民',
  property: '物业管理',
  elderly: '养老助餐',
  lighting: '市政设施',
  illegal: '市容秩序',
  heating: '供暖供水',
  leak: '房屋修缮',
  charging: '安全隐患',
  crossing: '道路交通',
  road: '市政设施',
  pets: '市容秩序',
  clinic: '社区服务',
  market: '便民服务',
  delivery: '便民服务',
  toilet: '环境卫生',
  school: '道路交通',
};

describe('suggestCategory', () => {
  it.each(STREET_QUESTIONS.map((q) => [q.text, FILED_UNDER[q.topic]!]))('%s → %s', (text, category) => {
    expect(suggestCategory(text)).toBe(category);
  });

  it('only suggests categories of the list, never 其他', () => {
    for (const q of STREET_QUESTIONS) {
      const suggested = suggestCategory(q.text);
      expect(QUESTION_CATEGORIES).toContain(suggested);
      expect(suggested).not.toBe('其他');
    }
  });

  it('weighs the longer, more specific word: 加装电梯 over the place it is asked for', () => {
    expect(suggestCategory('老旧小区能不能顺便加装电梯')).toBe('加装电梯');
    expect(suggestCategory('老旧小区改造的外墙保温什么时候做')).toBe('老旧小区改造');
  });

  it('gives nothing for text that names no known concern', () => {
    expect(suggestCategory('')).toBeNull();
    expect(suggestCategory('   ')).toBeNull();
    expect(suggestCategory('谢谢领导，辛苦了')).toBeNull();
  });

  it('prefers a category the meeting already uses when the text names it', () => {
    const extra = ['疫情防控', '文明养犬', '停车管理'];
    expect(suggestCategory('文明养犬宣传能不能多做一些，遛狗不拴绳的太多', extra)).toBe('文明养犬');
    expect(suggestCategory('关于疫情防控物资的问题', extra)).toBe('疫情防控');
    // Not named in the text: the keywords decide, even with extra names given.
    expect(suggestCategory('遛狗不拴绳的太多', extra)).toBe('市容秩序');
    expect(suggestCategory('晚上没车位', ['', '  '])).toBe('停车管理');
  });

  it('reads full-width and spaced text', () => {
    expect(suggestCategory('停 车 难')).toBe('停车管理');
    expect(suggestCategory('楼下ＫＴＶ太吵')).toBe('噪音扰民');
  });
});
