import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_SETTINGS } from '../../shared/domain';
import { toRow } from '../../shared/logic/follow-up/rows';
import { act, ctx, makeItem } from './support/items';

const rc = (asOf: string) => ({ asOf, meetingDate: '2025-03-05', settings: DEFAULT_FOLLOW_UP_SETTINGS });
const replyOn = (date: string) => ({ kind: 'reply', date, text: '已处理' }) as const;
const on = (today: string, time = '10:00:00') => ctx({ today, at: `${today}T${time}+08:00` });

describe('follow-up rows', () => {
  it('is on time when finished on the deadline day, overdue the day after', () => {
    const item = act(makeItem({ deadline: '2025-03-20' }), replyOn('2025-03-20'), on('2025-03-20'));
    expect(toRow(item, rc('2025-03-25'))).toMatchObject({ finishedOn: '2025-03-20', overdue: false });
    const late = act(makeItem({ deadline: '2025-03-20' }), replyOn('2025-03-21'), on('2025-03-21'));
    expect(toRow(late, rc('2025-03-25'))).toMatchObject({ finishedOn: '2025-03-21', overdue: true });
  });

  it('is not overdue on the deadline day itself while open, and overdue from the next day', () => {
    const item = makeItem({ deadline: '2025-03-20' });
    expect(toRow(item, rc('2025-03-20')).overdue).toBe(false);
    expect(toRow(item, rc('2025-03-21')).overdue).toBe(true);
  });

  it('keeps an ended item finished late overdue, and one finished on time not', () => {
    const lateReply = act(makeItem(), replyOn('2025-03-22'), on('2025-03-22'));
    for (const end of ['solved', 'partly_solved', 'closed_unsolved'] as const) {
      const ended = act(lateReply, { kind: 'evaluate', verdict: 'satisfied', end }, on('2025-03-23'));
      expect(toRow(ended, rc('2025-04-01')).overdue, end).toBe(true);
    }
    const onTime = act(
      act(makeItem(), replyOn('2025-03-19'), on('2025-03-19')),
      {
        kind: 'evaluate',
        verdict: 'satisfied',
        end: 'solved',
      },
      on('2025-03-25'),
    );
    expect(toRow(onTime, rc('2025-04-01'))).toMatchObject({ overdue: false, finishedOn: '2025-03-19' });
  });

  it('measures an item closed without a reply by the day it was closed', () => {
    const early = act(makeItem(), { kind: 'close_unsolved', reason: '无法实施' }, on('2025-03-15'));
    expect(toRow(early, rc('2025-04-01'))).toMatchObject({ finishedOn: null, overdue: false });
    const late = act(makeItem(), { kind: 'close_unsolved', reason: '无法实施' }, on('2025-03-28'));
    expect(toRow(late, rc('2025-04-01')).overdue).toBe(true);
  });

  it('drops finishedOn once reopened after the last reply, and takes it again after a new reply', () => {
    const replied = act(makeItem(), replyOn('2025-03-10'));
    const reopened = act(replied, { kind: 'evaluate', verdict: 'dissatisfied', note: '未修好' });
    expect(toRow(reopened, rc('2025-03-12')).finishedOn).toBeNull();
    expect(toRow(reopened, rc('2025-03-21')).overdue).toBe(true);
    const closed = act(reopened, { kind: 'close_unsolved', reason: '需大修资金' });
    expect(toRow(closed, rc('2025-03-12')).finishedOn).toBeNull();
    const again = act(
      act(reopened, { kind: 'start' }, on('2025-03-12')),
      replyOn('2025-03-12'),
      on('2025-03-12'),
    );
    expect(toRow(again, rc('2025-03-12')).finishedOn).toBe('2025-03-12');
    const started = act(reopened, { kind: 'start' });
    expect(toRow(started, rc('2025-03-12')).finishedOn).toBeNull();
  });

  it('uses the earliest open milestone as the deadline of an ongoing item without one', () => {
    const item = makeItem({
      listType: 'ongoing',
      deadline: null,
      milestones: [
        { id: 'b', text: '开工', dueDate: '2025-05-01', doneOn: null },
        { id: 'a', text: '完成设计', dueDate: '2025-04-01', doneOn: null },
      ],
    });
    expect(toRow(item, rc('2025-04-01'))).toMatchObject({ nextMilestone: '2025-04-01', overdue: false });
    expect(toRow(item, rc('2025-04-02')).overdue).toBe(true);
    const done = act(item, { kind: 'milestone', milestoneId: 'a', doneOn: '2025-03-30' }, on('2025-04-02'));
    expect(toRow(done, rc('2025-04-02'))).toMatchObject({ nextMilestone: '2025-05-01', overdue: false });
    expect(toRow(makeItem({ deadline: null }), rc('2030-01-01')).overdue).toBe(false);
  });

  it('puts the 回访 due date at reply + the list days, until answered', () => {
    const replied = act(makeItem({ listType: 'deadline' }), replyOn('2025-03-09'));
    expect(toRow(replied, rc('2025-03-10')).callbackDue).toBe('2025-03-16');
    const immediate = act(makeItem({ listType: 'immediate' }), replyOn('2025-03-30'), on('2025-03-31'));
    expect(toRow(immediate, rc('2025-03-31')).callbackDue).toBe('2025-04-02');
    expect(toRow(makeItem(), rc('2025-03-10')).callbackDue).toBeNull();
    const missed = act(
      act(replied, { kind: 'no_answer' }, on('2025-03-16')),
      { kind: 'no_answer' },
      on('2025-03-17'),
    );
    expect(toRow(missed, rc('2025-03-17'))).toMatchObject({ callbackDue: '2025-03-16', unanswered: 2 });
    const answered = act(
      missed,
      { kind: 'evaluate', verdict: 'satisfied', channel: 'callback', end: 'solved' },
      on('2025-03-18'),
    );
    expect(toRow(answered, rc('2025-03-18'))).toMatchObject({
      callbackDue: null,
      verdict: 'satisfied',
      unanswered: 2,
    });
  });

  it('counts unanswered calls only since the last reply', () => {
    const first = act(
      act(makeItem(), replyOn('2025-03-09'), on('2025-03-09')),
      { kind: 'no_answer' },
      on('2025-03-10'),
    );
    const corrected = act(first, replyOn('2025-03-11'), on('2025-03-11'));
    expect(toRow(corrected, rc('2025-03-11'))).toMatchObject({ unanswered: 0, finishedOn: '2025-03-11' });
  });

  it('carries the row fields through', () => {
    const row = toRow(
      makeItem({ coDepartmentIds: ['d2'], communityId: 'c1', owner: '王科长' }),
      rc('2025-03-10'),
    );
    expect(row).toMatchObject({
      id: 'item-1',
      meetingId: 'meeting-1',
      sourceKind: 'manual',
      coDepartmentIds: ['d2'],
      communityId: 'c1',
      owner: '王科长',
      meetingDate: '2025-03-05',
      verdict: null,
      unanswered: 0,
      revision: 1,
    });
  });
});
