import { describe, expect, it } from 'vitest';
import { Card, emptyOffice, LiveRecord, WHOLE_REPORT_PART, type Meeting } from '../../shared/domain';
import { phoneView, type PhoneViewInput } from '../../shared/logic/phone/phone-view';
import { makeQuestion } from '../live/support/make-question';

const MEETING = { id: 'm1', title: '停车管理专题报告会', startsAt: '2025-03-05T14:30:00+08:00' } as Meeting;

const agenda = (id: string, title: string): Card => Card.parse({ id, kind: 'agenda', title, notes: '' });

function input(over: Partial<PhoneViewInput> = {}): PhoneViewInput {
  return {
    meeting: MEETING,
    office: emptyOffice(),
    record: LiveRecord.parse({}),
    rehearsal: false,
    cards: [],
    date: '2025-03-05',
    phoneId: 'phone-000000000001',
    ...over,
  };
}

describe('phoneView', () => {
  it('shows approved, unmerged questions: open ones by votes, then the rest as they arrived', () => {
    const questions = [
      makeQuestion({ text: '停车难', id: 'a', votes: 1, receivedAt: '2025-03-05T14:00:00+08:00' }),
      makeQuestion({ text: '停车难', id: 'b', votes: 5, receivedAt: '2025-03-05T14:01:00+08:00' }),
      makeQuestion({ text: '停车难', id: 'c', state: 'answered', receivedAt: '2025-03-05T13:00:00+08:00' }),
      makeQuestion({ text: '停车难', id: 'd', approved: false, votes: 9 }),
      makeQuestion({ text: '停车难', id: 'e', state: 'merged', mergedInto: 'b' }),
    ];
    const view = phoneView(input({ record: LiveRecord.parse({ questions }) }));
    expect(view.questions.map((q) => [q.id, q.votable, q.askers])).toEqual([
      ['b', true, 2],
      ['a', true, 1],
      ['c', false, 1],
    ]);
  });

  it('marks this phone’s own votes and choices, and no other phone’s', () => {
    const record = LiveRecord.parse({
      questions: [makeQuestion({ text: '停车难', id: 'a' })],
      phoneVotes: [{ phoneId: 'phone-000000000002', questionId: 'a', at: '2025-03-05T14:00:00+08:00' }],
      phoneScores: [
        {
          phoneId: 'phone-000000000001',
          partId: 'p2',
          choice: 'dissatisfied',
          at: '2025-03-05T14:00:00+08:00',
        },
      ],
    });
    const cards = [agenda('p1', '一、工作回顾'), agenda('p2', '')];
    const mine = phoneView(input({ record, cards }));
    expect(mine.questions[0]?.votedByMe).toBe(false);
    expect(mine.parts).toEqual([
      { partId: 'p1', title: '一、工作回顾', myChoice: null },
      { partId: 'p2', title: '第2部分', myChoice: 'dissatisfied' },
    ]);
    const other = phoneView(input({ record, cards, phoneId: 'phone-000000000002' }));
    expect(other.questions[0]?.votedByMe).toBe(true);
    expect(other.version).not.toBe(mine.version);
    expect(phoneView(input()).parts).toEqual([
      { partId: WHOLE_REPORT_PART, title: '整体工作', myChoice: null },
    ]);
  });

  it('stops accepting once the meeting is closed, and the version says so', () => {
    const open = phoneView(input());
    const closed = phoneView(
      input({
        record: LiveRecord.parse({
          closing: { closedAt: '2025-03-05T16:00:00+08:00', closedBy: '工作人员' },
        }),
      }),
    );
    expect([open.accepting, closed.accepting]).toEqual([true, false]);
    expect(closed.version).not.toBe(open.version);
    expect(phoneView(input()).version).toBe(open.version);
  });
});

describe('phoneView after a change, with the hall polling the same stored record', () => {
  it('answers each phone from one board, and a replaced list (a vote, an approval) shows at once', () => {
    const office = emptyOffice();
    const questions = [
      makeQuestion({ text: '停车难', id: 'a' }),
      makeQuestion({ text: '电梯', id: 'b', approved: false }),
    ];
    const stored = LiveRecord.parse({ questions });
    // A read wraps the stored lists in a new record object each time, as live-record's readLive does.
    const read = (over: Partial<LiveRecord> = {}) => ({ ...stored, ...over });
    const first = phoneView(input({ office, record: read() }));
    expect(phoneView(input({ office, record: read() }))).toEqual(first);
    expect(first.questions.map((q) => q.id)).toEqual(['a']);

    const phoneVotes = [{ phoneId: 'phone-000000000001', questionId: 'a', at: '2025-03-05T14:00:00+08:00' }];
    const voted = phoneView(input({ office, record: read({ phoneVotes }) }));
    expect(voted.questions[0]?.votedByMe).toBe(true);
    expect(voted.version).not.toBe(first.version);

    const approved = read({ phoneVotes, questions: questions.map((q) => ({ ...q, approved: true })) });
    expect(phoneView(input({ office, record: approved })).questions.map((q) => q.id)).toEqual(['a', 'b']);
  });
});
