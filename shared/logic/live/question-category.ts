/** The categories a question can be filed under, suggested from its text (停车 → 停车管理). */
export const QUESTION_CATEGORIES: readonly string[] = [
  '停车管理',
  '环境卫生',
  '物业管理',
  '老旧小区改造',
  '加装电梯',
  '养老助餐',
  '噪音扰民',
  '道路交通',
  '市容秩序',
  '供暖供水',
  '社区服务',
  '其他',
];

/** The likeliest category for the text, from built-in keywords (and `extra` names used before); null when none fits. */
export function suggestCategory(text: string, extra: readonly string[] = []): string | null {
  void text;
  void extra;
  return null; // HELPER(logic): implement
}
