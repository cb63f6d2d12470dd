import { z } from 'zod';

/** Where a document breaks its schema or one of its invariants; paths as `communities.1000`. */
export interface DocumentIssue {
  path: string;
  message: string;
}

export class InvalidDocumentError extends Error {
  override name = 'InvalidDocumentError';
  constructor(readonly issues: DocumentIssue[]) {
    const first = issues[0];
    super(first ? `${first.path || '(document)'}: ${first.message}` : 'invalid document');
  }
}

/** A rule across the records of one list that zod's per-record schema cannot state, e.g. unique ids. */
export interface ListInvariant {
  list: string;
  check(records: readonly unknown[]): DocumentIssue | null;
}

interface RecordList {
  key: string;
  /** The list's own checks (length bounds) on a list whose records are not looked at. */
  bounds: z.ZodType;
  record: z.ZodType;
  /** The list's value when the field is absent, as `schema.parse` would fill it in. */
  absent: z.ZodType;
}

/**
 * One document kind's zod schema, applied so that a save re-checks only what changed. The long lists
 * of records (communities, questions, opinions) are checked record by record, and a record that has
 * passed is frozen and remembered, so saving a meeting of 3,000 questions with one new question parses
 * that one question plus the list's length, not all 3,000. The value returned is what `schema.parse`
 * returns, so what is kept in memory is exactly what the next start reads back from the file.
 *
 * A list that has passed as a whole (bounds, records and its invariants) is frozen and remembered too,
 * so a save that leaves a list as it was (a new group beside 3,000 opinions) does not walk it at all.
 *
 * Decoding a stored file goes through the same path with nothing remembered yet, so the rules at open
 * and at save can never drift apart.
 */
export class DocumentSchema<T> {
  private readonly keys: string[];
  private readonly head: z.ZodType;
  private readonly lists: Map<string, RecordList>;
  /** Records known to pass their list's record schema; frozen, so they cannot stop passing. */
  private readonly passed = new WeakSet<object>();
  /** Lists known to pass as a whole; frozen. */
  private readonly passedLists = new WeakSet<object>();

  constructor(
    schema: z.ZodObject,
    listKeys: readonly string[],
    private readonly invariants: readonly ListInvariant[] = [],
  ) {
    const omit: Record<string, true> = {};
    for (const key of listKeys) omit[key] = true;
    this.keys = Object.keys(schema.shape);
    this.head = schema.omit(omit);
    this.lists = new Map(listKeys.map((key) => [key, recordList(key, schema.shape[key])]));
  }

  /** The value as stored, with defaults filled in; throws InvalidDocumentError. */
  parse(value: unknown): T {
    return this.parseNoting(value, []);
  }

  /** `parse`, then the rules across records; only a document about to be written needs those. */
  check(value: unknown): T {
    const walked: string[] = [];
    const doc = this.parseNoting(value, walked) as Record<string, unknown[]>;
    for (const invariant of this.invariants) {
      if (!walked.includes(invariant.list)) continue;
      const issue = invariant.check(doc[invariant.list]!);
      if (issue) throw new InvalidDocumentError([issue]);
    }
    for (const key of walked) this.passedLists.add(Object.freeze(doc[key]!));
    return doc as T;
  }

  /** Parses, naming in `walked` the lists it had to look into. */
  private parseNoting(value: unknown, walked: string[]): T {
    const head = this.head.safeParse(value);
    const issues: DocumentIssue[] = head.success ? [] : head.error.issues.map((issue) => toIssue(issue));
    const headData = (head.success ? head.data : {}) as Record<string, unknown>;
    const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    // Keys in the schema's order, as `schema.parse` gives them, so the file reads the same either way.
    const out: Record<string, unknown> = {};
    for (const key of this.keys) {
      const list = this.lists.get(key);
      if (!list) {
        if (key in headData) out[key] = headData[key];
        continue;
      }
      const field = fields[key];
      if (typeof field === 'object' && field !== null && this.passedLists.has(field)) {
        out[key] = field;
        continue;
      }
      out[key] = this.checkList(list, field, issues);
      walked.push(key);
    }
    if (issues.length > 0) throw new InvalidDocumentError(issues.slice(0, MAX_ISSUES));
    return out as T;
  }

  private checkList(list: RecordList, value: unknown, issues: DocumentIssue[]): unknown[] | undefined {
    if (value === undefined) {
      const absent = list.absent.safeParse(undefined);
      if (absent.success) return absent.data as unknown[];
      issues.push(...absent.error.issues.map((issue) => toIssue(issue, [list.key])));
      return undefined;
    }
    const bounds = list.bounds.safeParse(value);
    if (!bounds.success) {
      issues.push(...bounds.error.issues.map((issue) => toIssue(issue, [list.key])));
      return undefined;
    }
    const records = value as unknown[];
    let out: unknown[] | undefined;
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      if (typeof record === 'object' && record !== null && this.passed.has(record)) continue;
      const parsed = list.record.safeParse(record);
      if (!parsed.success) {
        issues.push(...parsed.error.issues.map((issue) => toIssue(issue, [list.key, i])));
        if (issues.length >= MAX_ISSUES) return undefined;
        continue;
      }
      const kept = deepFreeze(parsed.data as object);
      this.passed.add(kept);
      // Copied only once a record is replaced by its parsed form: unchanged lists keep their identity.
      out ??= records.slice();
      out[i] = kept;
    }
    return out ?? records;
  }
}

const MAX_ISSUES = 10;

function recordList(key: string, field: z.ZodType | undefined): RecordList {
  let array: z.ZodType | undefined = field;
  let absent: z.ZodType | undefined;
  if (array instanceof z.ZodDefault) {
    absent = array;
    array = array.unwrap() as z.ZodType;
  }
  if (!(array instanceof z.ZodArray)) throw new Error(`document field ${key} is not a list`);
  // The checks of a list apply to the list as a whole (its length), whatever its records are.
  const checks = (array.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[];
  const bounds = checks.length > 0 ? z.array(z.unknown()).check(...checks) : z.array(z.unknown());
  return {
    key,
    bounds,
    record: array.element as z.ZodType,
    // A list without a default is required: parsing undefined yields zod's own "required" issue.
    absent: absent ?? array,
  };
}

function toIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): DocumentIssue {
  return { path: [...prefix, ...issue.path].map(String).join('.'), message: issue.message };
}

function deepFreeze<V extends object>(value: V): V {
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    const child: unknown = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return value;
}

/** Ids unique within a list: services look records up by id and would silently act on the first. */
export function uniqueIds(list: string): ListInvariant {
  return {
    list,
    check(records) {
      // Sorting a copy of the ids is several times cheaper here than filling a Set of 10,000 strings.
      const ids = records.map((record) => String((record as { id?: unknown }).id));
      const sorted = ids.slice().sort();
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i] !== sorted[i - 1]) continue;
        const id = sorted[i]!;
        const second = ids.indexOf(id, ids.indexOf(id) + 1);
        return { path: `${list}.${second}.id`, message: `编号“${id}”重复` };
      }
      return null;
    },
  };
}
