import type { Output, ParsedInput } from '../../shared/api';
import type { FollowUpItem } from '../../shared/domain';
import { applyAction } from '../../shared/logic/follow-up/workflow';
import { AppError } from '../api/app-error';
import { actContext, replaceItem, staleMessage, writeFollowDoc } from './follow-up-store';
import { nowIso, type ServiceContext } from './service-context';

/** The same step for many items, and taking it back while none of them changed since. */

/** What one bulk change did to one item: enough to put it back, and to see it was not changed again. */
export interface UndoEntry {
  meetingId: string;
  before: FollowUpItem;
  afterRevision: number;
}

export interface FollowUpUndo {
  /** The bulk changes of this run that may still be taken back, oldest first. */
  records: Map<string, { label: string; entries: UndoEntry[] }>;
}

/** Only the latest few can be taken back: the console offers undo right after a bulk change. */
export const UNDO_KEPT = 20;

const ACTION_LABEL = { start: '批量设为办理中', reply: '批量反馈' } as const;

type Refusal = { id: string; message: string };

function byMeeting<T extends { meetingId: string }>(list: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of list) {
    const group = groups.get(entry.meetingId) ?? [];
    group.push(entry);
    groups.set(entry.meetingId, group);
  }
  return groups;
}

function refusedAll(ids: readonly { id: string }[], error: unknown): Refusal[] {
  const message = error instanceof AppError ? error.message : '保存失败，请重试';
  return ids.map(({ id }) => ({ id, message }));
}

export async function bulkFollowUps(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.bulk'>,
): Promise<Output<'followUps.bulk'>> {
  const { targets, action, by } = input;
  const refused: Refusal[] = [];
  const entries: UndoEntry[] = [];
  const seen = new Set<string>();
  const unique = targets.filter((t) => {
    const key = `${t.meetingId}/${t.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const [meetingId, group] of byMeeting(unique)) {
    try {
      const done = await writeFollowDoc(ctx, meetingId, (doc) => {
        const c = actContext(ctx, by);
        const changedHere: UndoEntry[] = [];
        const refusedHere: Refusal[] = [];
        const byId = new Map(doc.items.map((i) => [i.id, i]));
        for (const target of group) {
          const item = byId.get(target.id);
          if (!item) {
            refusedHere.push({ id: target.id, message: `找不到跟踪事项（${target.id}），它可能已被删除` });
            continue;
          }
          if (item.revision !== target.expectedRevision) {
            refusedHere.push({ id: target.id, message: staleMessage(item) });
            continue;
          }
          const outcome = applyAction(item, action, c);
          if (!outcome.ok) {
            refusedHere.push({ id: target.id, message: outcome.message });
            continue;
          }
          byId.set(item.id, outcome.item);
          changedHere.push({ meetingId, before: item, afterRevision: outcome.item.revision });
        }
        const next =
          changedHere.length === 0 ? doc : { ...doc, items: doc.items.map((i) => byId.get(i.id) ?? i) };
        return { next, result: { changedHere, refusedHere } };
      });
      entries.push(...done.changedHere);
      refused.push(...done.refusedHere);
    } catch (error) {
      refused.push(...refusedAll(group, error));
    }
  }
  if (entries.length === 0) return { changed: 0, refused, undoId: null };
  const undoId = ctx.newId('u');
  const records = ctx.session.followUndo.records;
  records.set(undoId, { label: ACTION_LABEL[action.kind], entries });
  while (records.size > UNDO_KEPT) records.delete(records.keys().next().value as string);
  return { changed: entries.length, refused, undoId };
}

export async function undoFollowUps(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.undo'>,
): Promise<Output<'followUps.undo'>> {
  const records = ctx.session.followUndo.records;
  const record = records.get(input.undoId);
  if (!record) {
    throw new AppError(
      'not_found',
      '这次批量操作已无法撤销：撤销只能用一次，且只保留本次运行中最近 20 次批量操作',
    );
  }
  // Used once, whatever happens below: a second undo must not put back what this one restored.
  records.delete(input.undoId);
  let restored = 0;
  const refused: Refusal[] = [];
  for (const [meetingId, group] of byMeeting(record.entries)) {
    try {
      const done = await writeFollowDoc(ctx, meetingId, (doc) => {
        const at = nowIso(ctx);
        let next = doc;
        let count = 0;
        const refusedHere: Refusal[] = [];
        for (const entry of group) {
          const current = next.items.find((i) => i.id === entry.before.id);
          if (!current || current.revision !== entry.afterRevision) {
            refusedHere.push({
              id: entry.before.id,
              message: `事项“${entry.before.title.slice(0, 20)}”在批量操作后已被再次修改，未撤销`,
            });
            continue;
          }
          const back: FollowUpItem = {
            ...entry.before,
            history: [
              ...current.history,
              {
                at,
                by: input.by,
                kind: 'undone',
                from: current.state,
                to: entry.before.state,
                note: `撤销“${record.label}”`,
              },
            ],
            revision: current.revision + 1,
          };
          next = replaceItem(next, back);
          count += 1;
        }
        return { next, result: { count, refusedHere } };
      });
      restored += done.count;
      refused.push(...done.refusedHere);
    } catch (error) {
      refused.push(
        ...refusedAll(
          group.map((e) => ({ id: e.before.id })),
          error,
        ),
      );
    }
  }
  return { restored, refused };
}
