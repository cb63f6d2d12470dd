import { QuestionState, type Question } from '../../../shared/domain';
import { suggestCategory } from '../../../shared/logic/live/question-category';
import { STREET_QUESTIONS } from './street-questions';

export const COMMUNITY_IDS = ['fanggu-1', 'fanggu-2', 'puhuangyu', 'fangxingyuan', 'chengshousi'] as const;
export const DEPARTMENT_IDS = ['dept-city', 'dept-housing', 'dept-traffic', 'dept-civil', null] as const;
const SURNAMES = '王李张刘陈杨赵黄周吴';
const PLACES = ['3号楼', '芳古园一区', '东门', '南区', '12号楼2单元', '蒲黄榆路', '方庄路'];

/**
 * `count` questions as a long meeting (or one fed by residents' phones) accumulates them: fixture
 * wordings with places and details varied, spread over communities, departments and states, some
 * merged, votes skewed, asker names on some. Deterministic, so runs compare.
 */
export function questionSet(count: number): Question[] {
  const start = Date.parse('2025-03-05T06:00:00Z');
  const questions: Question[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = STREET_QUESTIONS[(i * 7) % STREET_QUESTIONS.length]!;
    const text = `${PLACES[i % PLACES.length]}${base.text}${i % 3 === 0 ? '，多次反映了' : ''}`;
    const receivedAt = new Date(start + i * 4_000).toISOString().replace('.000Z', '+00:00');
    const state = QuestionState.options[i % 11 < 5 ? 0 : (i % 11) - 4] ?? 'waiting';
    const mergedInto = state === 'merged' ? (questions[i - 1]?.id ?? null) : null;
    questions.push({
      id: `q${i}`,
      source: i % 4 === 0 ? 'phone' : 'staff',
      text,
      communityId: COMMUNITY_IDS[i % COMMUNITY_IDS.length]!,
      askerName: i % 5 === 0 ? `${SURNAMES[i % SURNAMES.length]}女士` : '',
      askerPhone: i % 5 === 0 ? `1381234${String(i).padStart(4, '0')}` : '',
      category: i % 9 === 0 ? '' : (suggestCategory(base.text) ?? ''),
      departmentId: DEPARTMENT_IDS[i % DEPARTMENT_IDS.length]!,
      state: mergedInto === null && state === 'merged' ? 'waiting' : state,
      votes: (i * 37) % 23 === 0 ? 40 + (i % 7) : (i * 13) % 9,
      receivedAt,
      clientId: null,
      answerNote: state === 'answered' ? '已当场答复' : '',
      referral: state === 'referred' ? { departmentId: 'dept-city', dueDate: '2025-03-20' } : null,
      declineReason: state === 'declined' ? '不属于本次报告会范围' : '',
      commitmentId: state === 'committed' ? `c${i}` : null,
      mergedInto,
      approved: true,
      flags: [],
      history: [{ at: receivedAt, by: '工作人员', kind: 'created', from: null, to: 'waiting', note: '' }],
      revision: 1,
    });
  }
  return questions;
}
