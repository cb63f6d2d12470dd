import type { Project, ProjectBatch, ProjectPoolDocument } from '../../domain/project';
import { currentBatchId, isFinished } from './project-state';

export interface BatchContext {
  at: string;
  by: string;
  today: string;
  newId: (prefix: string) => string;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals as batch names write them (十, 十一, 二十, 二十一); beyond that in digits. */
function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]!}十${DIGITS[n % 10]!}`;
}

/** 第一批, 第二批 … 第十二批. */
export function batchName(number: number): string {
  return `第${chineseNumber(number)}批`;
}

function openBatchOf(pool: ProjectPoolDocument): ProjectBatch | undefined {
  return pool.batches.find((b) => b.closedOn === null);
}

function nextNumber(pool: ProjectPoolDocument): number {
  return pool.batches.reduce((max, b) => Math.max(max, b.number), 0) + 1;
}

/** Opens the next batch; refused (Error with a Chinese message) while another is open. */
export function openBatch(
  pool: ProjectPoolDocument,
  options: { name?: string; openedOn?: string },
  c: BatchContext,
): { pool: ProjectPoolDocument; batch: ProjectBatch } {
  const open = openBatchOf(pool);
  if (open) {
    throw new Error(`${open.name}还没有结束，一次只能有一个批次在进行：请先结束${open.name}，再开始新的批次`);
  }
  const number = nextNumber(pool);
  const batch: ProjectBatch = {
    id: c.newId('pb'),
    number,
    name: options.name?.trim() || batchName(number),
    openedOn: options.openedOn ?? c.today,
    closedOn: null,
    notes: '',
  };
  return { pool: { ...pool, batches: [...pool.batches, batch] }, batch };
}

/**
 * Closes a batch: each project in it not finished is carried into the next batch (opened on the close
 * day when none is open), with a 'carried' history entry. Refused while a vote of the batch is open.
 *
 * Only projects standing in this batch now are carried; finished ones stay with it, which is where the
 * statistics count them. A carried project's revision goes up, so an edit made on the old one is refused.
 */
export function closeBatch(
  pool: ProjectPoolDocument,
  batchId: string,
  options: { closedOn?: string; nextName?: string },
  c: BatchContext,
): { pool: ProjectPoolDocument; closed: ProjectBatch; next: ProjectBatch; carried: number } {
  const batch = pool.batches.find((b) => b.id === batchId);
  if (!batch) throw new Error('找不到要结束的批次，它可能已被删除，请刷新后重试');
  if (batch.closedOn !== null) {
    throw new Error(`${batch.name}已于 ${batch.closedOn} 结束，不能再次结束`);
  }
  const openVote = pool.votes.find((v) => v.batchId === batchId && v.state === 'open');
  if (openVote) {
    throw new Error(`${batch.name}的票决「${openVote.title}」还没有结束，请先结束票决，再结束这一批`);
  }
  const closedOn = options.closedOn ?? c.today;
  if (closedOn < batch.openedOn) {
    throw new Error(`结束日期 ${closedOn} 早于${batch.name}的开始日期 ${batch.openedOn}，请改一个日期`);
  }
  const closed: ProjectBatch = { ...batch, closedOn };
  let batches = pool.batches.map((b) => (b.id === batchId ? closed : b));

  const later = batches
    .filter((b) => b.closedOn === null && b.number > batch.number)
    .sort((a, b) => a.number - b.number)[0];
  let next: ProjectBatch;
  if (later) {
    next = later;
  } else {
    const number = nextNumber(pool);
    next = {
      id: c.newId('pb'),
      number,
      name: options.nextName?.trim() || batchName(number),
      openedOn: closedOn,
      closedOn: null,
      notes: '',
    };
    batches = [...batches, next];
  }

  let carried = 0;
  const projects = pool.projects.map((p): Project => {
    if (currentBatchId(p) !== batchId || isFinished(p)) return p;
    carried += 1;
    return {
      ...p,
      batchIds: [...p.batchIds, next.id],
      history: [...p.history, { at: c.at, by: c.by, kind: 'carried', note: `${closed.name} → ${next.name}` }],
      revision: p.revision + 1,
    };
  });
  return { pool: { ...pool, batches, projects }, closed, next, carried };
}
