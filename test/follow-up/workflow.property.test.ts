import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOW_UP_SETTINGS,
  FollowUpAction,
  FollowUpState,
  type FollowUpAction as ActionInput,
  type FollowUpItem,
} from '../../shared/domain';
import { toRow } from '../../shared/logic/follow-up/rows';
import { computeScoreboard } from '../../shared/logic/follow-up/scoreboard';
import { applyAction } from '../../shared/logic/follow-up/workflow';
import { ctx, makeItem } from './support/items';

const date = fc.constantFrom('2025-03-04', '2025-03-05', '2025-03-09', '2025-03-10', '2025-03-11');
const action: fc.Arbitrary<ActionInput> = fc.oneof(
  fc.constant<ActionInput>({ kind: 'start' }),
  date.map<ActionInput>((d) => ({ kind: 'reply', date: d, text: '已处理' })),
  fc
    .record({
      verdict: fc.constantFrom('satisfied', 'basically_satisfied', 'dissatisfied'),
      channel: fc.constantFrom('callback', 'visit', 'meeting'),
      end: fc.constantFrom(null, 'solved', 'partly_solved', 'closed_unsolved'),
      note: fc.constantFrom('', '仍未修好'),
    })
    .map<ActionInput>((e) => ({ kind: 'evaluate', ...e })),
  fc.constant<ActionInput>({ kind: 'no_answer' }),
  fc.constant<ActionInput>({ kind: 'close_unsolved', reason: '政策不允许' }),
  fc.constant<ActionInput>({ kind: 'reopen', reason: '群众再次反映' }),
  fc.record({ doneOn: fc.constantFrom(null, '2025-03-08') }).map<ActionInput>(({ doneOn }) => ({
    kind: 'milestone',
    milestoneId: 'ms-a',
    doneOn,
  })),
);

const start = fc.constantFrom(...FollowUpState.options.filter((s) => s !== 'solved'));

function makes(a: ActionInput): boolean {
  return (
    a.kind === 'evaluate' &&
    a.end === 'solved' &&
    (a.verdict === 'satisfied' || a.verdict === 'basically_satisfied')
  );
}

describe('follow-up workflow properties', () => {
  it('reaches solved only through a satisfied verdict with the end solved', () => {
    fc.assert(
      fc.property(start, fc.array(action, { maxLength: 30 }), (state, actions) => {
        let item: FollowUpItem = makeItem({
          state,
          milestones: [{ id: 'ms-a', text: '节点', dueDate: '2025-04-01', doneOn: null }],
        });
        for (const a of actions) {
          const before = item;
          const frozen = JSON.stringify(before);
          const outcome = applyAction(before, FollowUpAction.parse(a), ctx());
          expect(JSON.stringify(before)).toBe(frozen);
          if (!outcome.ok) {
            expect(outcome.message.length).toBeGreaterThan(0);
            continue;
          }
          item = outcome.item;
          expect(item.revision).toBe(before.revision + 1);
          expect(item.history.length).toBe(before.history.length + 1);
          if (item.state === 'solved' && before.state !== 'solved') expect(makes(a)).toBe(true);
          expect(item.closedAt === null).toBe(
            !['solved', 'partly_solved', 'closed_unsolved'].includes(item.state),
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never counts partly solved or closed unsolved as solved in the scoreboard', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(start, fc.array(action, { maxLength: 12 })), { maxLength: 20 }),
        (runs) => {
          const rows = runs.map(([state, actions], i) => {
            let item = makeItem({ id: `i${i}`, state });
            for (const a of actions) {
              const o = applyAction(item, FollowUpAction.parse(a), ctx());
              if (o.ok) item = o.item;
            }
            return toRow(item, {
              asOf: '2025-03-25',
              meetingDate: '2025-03-05',
              settings: DEFAULT_FOLLOW_UP_SETTINGS,
            });
          });
          const b = computeScoreboard({
            rows,
            ratings: [],
            departments: [{ id: 'dept-housing', name: '住建局' }],
            meetingIds: ['meeting-1'],
            asOf: '2025-03-25',
            rankMinItems: 5,
          });
          const count = (s: string) => rows.filter((r) => r.state === s).length;
          expect(b.totals.solved).toBe(count('solved'));
          expect(b.totals.partlySolved).toBe(count('partly_solved'));
          expect(b.totals.closedUnsolved).toBe(count('closed_unsolved'));
          expect(b.totals.solvedInWeek).toBeLessThanOrEqual(b.totals.solved);
        },
      ),
      { numRuns: 200 },
    );
  });
});
