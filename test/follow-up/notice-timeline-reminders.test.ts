import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_SETTINGS, Question } from '../../shared/domain';
import { buildNotice } from '../../shared/logic/follow-up/notice';
import { computeReminders } from '../../shared/logic/follow-up/reminders';
import { toRow } from '../../shared/logic/follow-up/rows';
import { buildTimeline } from '../../shared/logic/follow-up/timeline';
import { redactPersonal } from '../../shared/logic/redact-personal';
import { act, ctx, makeItem } from './support/items';
import { makeRow } from './support/rows';

const rc = { asOf: '2025-03-25', meetingDate: '2025-03-05', settings: DEFAULT_FOLLOW_UP_SETTINGS };

describe('public notice', () => {
  it("has neither the resident's name nor any phone, even when the reply carries them", () => {
    const item = act(makeItem({ resident: { name: '张秀英', phone: '13812345678' } }), {
      kind: 'reply',
      date: '2025-03-09',
      text: '已联系张秀英（电话 138 1234 5678，另留 13987654321），电梯已修复',
    });
    const other = makeItem({ id: 'i2', listType: 'immediate', title: '路灯不亮', coDepartmentIds: ['d2'] });
    const notice = buildNotice({
      meeting: { id: 'meeting-1', title: '三月报告会', date: '2025-03-05' },
      publishedAt: null,
      officeName: '幸福街道',
      asOf: '2025-03-25',
      items: [item, other].map((i) => ({ item: i, row: toRow(i, rc) })),
      departmentName: (id) => ({ 'dept-housing': '住建局', d2: '城管局' })[id] ?? null,
      redact: (t) => redactPersonal(t),
    });
    const text = JSON.stringify(notice);
    expect(text).not.toContain('张秀英');
    expect(text).not.toMatch(/1381234|5678,|13987654321|138 1234/);
    expect(notice.items.map((i) => i.title)).toEqual(['路灯不亮', item.title]);
    expect(notice.items[0]?.departments).toBe('住建局、城管局');
    expect(notice.items[1]?.reply).toContain('电梯已修复');
    expect(notice.counts).toEqual({
      total: 2,
      solved: 0,
      partlySolved: 0,
      closedUnsolved: 0,
      open: 2,
      overdue: 1,
    });
  });
});

describe('timeline', () => {
  it('runs from the question in the hall to the verdict, oldest first', () => {
    const question = Question.parse({
      id: 'q1',
      meetingId: 'meeting-1',
      source: 'staff',
      text: '电梯经常停运怎么办',
      state: 'committed',
      receivedAt: '2025-03-05T14:00:00+08:00',
      history: [
        { at: '2025-03-05T14:00:00+08:00', by: '工作人员', kind: 'created', to: 'waiting' },
        { at: '2025-03-05T14:05:00+08:00', by: '工作人员', kind: 'moved', from: 'waiting', to: 'onScreen' },
        { at: '2025-03-05T14:10:00+08:00', by: '工作人员', kind: 'moved', from: 'onScreen', to: 'committed' },
      ],
    });
    const base = makeItem({
      history: [
        {
          at: '2025-03-05T16:00:00+08:00',
          by: '工作人员',
          kind: 'created',
          from: null,
          to: 'assigned',
          note: '住建局',
        },
      ],
    });
    const replied = act(base, { kind: 'reply', date: '2025-03-09', text: '已更换主板' });
    const reopened = act(
      replied,
      { kind: 'evaluate', verdict: 'dissatisfied', channel: 'callback', note: '又坏了' },
      ctx({ at: '2025-03-11T09:00:00+08:00' }),
    );
    const texts = buildTimeline(reopened, question).map((e) => [e.phase, e.text]);
    expect(texts).toEqual([
      ['hall', '现场提问：电梯经常停运怎么办'],
      ['hall', '上屏'],
      ['hall', '形成承诺'],
      ['follow_up', '交办至 住建局'],
      ['follow_up', '反馈（2025-03-09）：已更换主板'],
      ['follow_up', '群众评议：不满意（回访）：又坏了，重新办理'],
    ]);
  });
});

describe('reminders', () => {
  it('puts overdue first, then by date, with one call-back reminder per meeting', () => {
    const rows = [
      makeRow({ id: 'late', deadline: '2025-03-18' }),
      makeRow({ id: 'soon', deadline: '2025-03-22' }),
      makeRow({ id: 'far', deadline: '2025-04-30' }),
      makeRow({ id: 'done', deadline: '2025-03-18', state: 'solved', finishedOn: '2025-03-10' }),
      makeRow({
        id: 'cb1',
        deadline: null,
        state: 'replied',
        finishedOn: '2025-03-10',
        callbackDue: '2025-03-17',
      }),
      makeRow({
        id: 'cb2',
        deadline: null,
        state: 'replied',
        finishedOn: '2025-03-10',
        callbackDue: '2025-03-19',
      }),
      makeRow({
        id: 'cb3',
        deadline: null,
        state: 'replied',
        finishedOn: '2025-03-16',
        callbackDue: '2025-03-23',
      }),
    ];
    const reminders = computeReminders({
      asOf: '2025-03-20',
      settings: DEFAULT_FOLLOW_UP_SETTINGS,
      meetings: [
        { id: 'm1', date: '2025-03-05', closed: true, noticePublished: false },
        { id: 'm2', date: '2025-03-16', closed: true, noticePublished: false },
        { id: 'm3', date: '2025-03-17', closed: true, noticePublished: false },
        { id: 'm4', date: '2025-03-14', closed: false, noticePublished: false },
        // Put up already: no reminder, however late.
        { id: 'm5', date: '2025-03-01', closed: true, noticePublished: true },
      ],
      rows,
    });
    expect(reminders).toEqual([
      { kind: 'notice', meetingId: 'm1', dueOn: '2025-03-10', overdue: true },
      { kind: 'deadline', meetingId: 'm1', itemId: 'late', deadline: '2025-03-18', overdue: true },
      { kind: 'callbacks', meetingId: 'm1', count: 2 },
      { kind: 'notice', meetingId: 'm2', dueOn: '2025-03-21', overdue: false },
      { kind: 'deadline', meetingId: 'm1', itemId: 'soon', deadline: '2025-03-22', overdue: false },
    ]);
  });
});
