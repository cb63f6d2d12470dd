import { OPEN_QUESTION_STATES, type Question, type QuestionState } from '../../domain';

export type QuestionOrder = 'arrival' | 'votes' | 'category';

export interface QuestionFilter {
  /** Only these states; empty or absent: all. */
  states?: readonly QuestionState[];
  /** Only this category ('' for the questions not yet given one); null or absent: all. */
  category?: string | null;
  communityId?: string | null;
  departmentId?: string | null;
  /** Only 待审核: questions (from phones) still waiting for the moderator's approval. */
  awaitingApproval?: boolean;
  /** Text search in the question, category and (staff only) asker name. */
  query?: string;
  /**
   * Hide questions merged into another (they show under their target). Default true, unless
   * `states` asks for merged ones by name.
   */
  hideMerged?: boolean;
}

/**
 * 待审核: not approved and still open. A question declined or merged without approval has its outcome
 * and no longer waits for the moderator.
 */
export function awaitsApproval(q: Question): boolean {
  return !q.approved && OPEN_QUESTION_STATES.includes(q.state);
}

/** NFKC so that a full-width ＫＴＶ typed by an input method finds ktv; lower case for Latin letters. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * What the query is looked for in, per question. Questions are replaced, never changed in place, so
 * a stored question's text is folded once however many keystrokes search it.
 */
const haystacks = new WeakMap<Question, string>();

function haystackOf(q: Question): string {
  let text = haystacks.get(q);
  if (text === undefined) {
    // A separator no query contains, so a term cannot match across two fields.
    text = fold(`${q.text}\u0000${q.category}\u0000${q.askerName}`);
    haystacks.set(q, text);
  }
  return text;
}

/** Each space-separated term must be found: "停车 芳古园" narrows, as in any search box. */
function termsOf(query: string | undefined): string[] {
  return fold(query ?? '')
    .split(/\s+/)
    .filter((t) => t !== '');
}

const collator = new Intl.Collator('zh-CN');

function arrivalKeys(questions: readonly Question[]): Map<Question, number> {
  return new Map(questions.map((q) => [q, Date.parse(q.receivedAt)]));
}

/** The console's list: filtered, then ordered (arrival: oldest first; votes: most first; category: by name). */
export function filterQuestions(
  questions: readonly Question[],
  filter: QuestionFilter,
  order: QuestionOrder,
): Question[] {
  const states = filter.states && filter.states.length > 0 ? new Set(filter.states) : null;
  const hideMerged = filter.hideMerged ?? !states?.has('merged');
  const terms = termsOf(filter.query);
  const category = filter.category ?? null;
  const communityId = filter.communityId ?? null;
  const departmentId = filter.departmentId ?? null;

  const kept = questions.filter((q) => {
    if (hideMerged && q.state === 'merged') return false;
    if (states && !states.has(q.state)) return false;
    if (filter.awaitingApproval && !awaitsApproval(q)) return false;
    if (category !== null && q.category !== category) return false;
    if (communityId !== null && q.communityId !== communityId) return false;
    if (departmentId !== null && q.departmentId !== departmentId) return false;
    if (terms.length > 0) {
      const haystack = haystackOf(q);
      for (const term of terms) if (!haystack.includes(term)) return false;
    }
    return true;
  });

  // Ties keep the order given (Array.prototype.sort is stable), so equal arrivals do not swap.
  const arrival = arrivalKeys(kept);
  const byArrival = (a: Question, b: Question) => arrival.get(a)! - arrival.get(b)!;
  switch (order) {
    case 'arrival':
      return kept.sort(byArrival);
    case 'votes':
      return kept.sort((a, b) => b.votes - a.votes || byArrival(a, b));
    case 'category': {
      // Collating a few distinct names once is much cheaper than collating on every comparison.
      const names = [...new Set(kept.map((q) => q.category))].filter((c) => c !== '').sort(collator.compare);
      const rank = new Map(names.map((name, i) => [name, i]));
      // Not yet categorised: last, where the operator looks for what still needs filing.
      const rankOf = (q: Question) => rank.get(q.category) ?? names.length;
      return kept.sort((a, b) => rankOf(a) - rankOf(b) || byArrival(a, b));
    }
  }
}
