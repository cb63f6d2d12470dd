import type {
  Commitment,
  CommitmentDraft,
  CommitmentPatch,
  DeadlineInput,
  ListType,
  LocalDate,
  Question,
} from '../../../../shared/domain';

export interface MilestoneValue {
  /** Keeps a row's identity while rows are added and removed (not stored). */
  key: string;
  text: string;
  dueDate: LocalDate | null;
}

/** What the commitment form holds while the operator types. */
export interface CommitmentFormValues {
  text: string;
  listType: ListType;
  leadDepartmentId: string | null;
  coDepartmentIds: string[];
  owner: string;
  deadline: DeadlineInput;
  milestones: MilestoneValue[];
}

export type CommitmentFormErrors = Partial<
  Record<'text' | 'leadDepartmentId' | 'deadline' | 'milestones' | 'owner', string>
>;

let milestoneKeys = 0;
export function milestoneKey(): string {
  milestoneKeys += 1;
  return `m${milestoneKeys}`;
}

/** A fresh form: from the question the commitment answers (its text and department), or empty. */
export function newCommitmentValues(question: Question | null): CommitmentFormValues {
  return {
    text: question?.text ?? '',
    listType: 'deadline',
    leadDepartmentId: question?.departmentId ?? null,
    coDepartmentIds: [],
    owner: '',
    deadline: { kind: 'preset', preset: 'days30' },
    milestones: [],
  };
}

/** A stored commitment in the form; its deadline is a plain date (the preset it came from is not kept). */
export function valuesOfCommitment(c: Commitment): CommitmentFormValues {
  return {
    text: c.text,
    listType: c.listType,
    leadDepartmentId: c.leadDepartmentId,
    coDepartmentIds: [...c.coDepartmentIds],
    owner: c.owner,
    deadline: c.deadline ? { kind: 'date', date: c.deadline } : { kind: 'none' },
    milestones: c.milestones.map((m) => ({ key: milestoneKey(), text: m.text, dueDate: m.dueDate })),
  };
}

export interface CommitmentMessages {
  text: string;
  lead: string;
  deadline: string;
  milestonesNeeded: string;
  milestoneIncomplete: string;
}

/**
 * The form's own checks before anything is sent, in the operator's words: 持续推进 needs at least one
 * dated milestone; the others need a deadline. A half-filled milestone row is refused, not dropped.
 */
export function checkCommitment(
  values: CommitmentFormValues,
  messages: CommitmentMessages,
): CommitmentFormErrors {
  const errors: CommitmentFormErrors = {};
  if (!values.text.trim()) errors.text = messages.text;
  if (!values.leadDepartmentId) errors.leadDepartmentId = messages.lead;
  if (values.listType !== 'ongoing' && values.deadline.kind === 'none') errors.deadline = messages.deadline;
  const rows = values.milestones.filter((m) => m.text.trim() || m.dueDate);
  if (rows.some((m) => !m.text.trim() || !m.dueDate)) errors.milestones = messages.milestoneIncomplete;
  else if (values.listType === 'ongoing' && rows.length === 0) errors.milestones = messages.milestonesNeeded;
  return errors;
}

function milestonesOf(values: CommitmentFormValues): { text: string; dueDate: LocalDate }[] {
  return values.milestones
    .filter((m): m is MilestoneValue & { dueDate: LocalDate } => m.text.trim() !== '' && m.dueDate !== null)
    .map((m) => ({ text: m.text.trim(), dueDate: m.dueDate }));
}

/** The draft commitments.create takes; call only once checkCommitment found nothing. */
export function draftOf(values: CommitmentFormValues, questionId: string | null): CommitmentDraft {
  return {
    questionId,
    text: values.text.trim(),
    listType: values.listType,
    leadDepartmentId: values.leadDepartmentId ?? '',
    coDepartmentIds: values.coDepartmentIds.filter((id) => id !== values.leadDepartmentId),
    owner: values.owner.trim(),
    deadline: values.deadline,
    milestones: milestonesOf(values),
  };
}

/** Only the fields that differ from the stored commitment, so its history records real edits. */
export function patchOf(
  values: CommitmentFormValues,
  stored: Commitment,
  resolved: LocalDate | null,
): CommitmentPatch {
  const draft = draftOf(values, stored.questionId);
  const patch: CommitmentPatch = {};
  if (draft.text !== stored.text) patch.text = draft.text;
  if (draft.listType !== stored.listType) patch.listType = draft.listType;
  if (draft.leadDepartmentId !== stored.leadDepartmentId) patch.leadDepartmentId = draft.leadDepartmentId;
  const co = draft.coDepartmentIds ?? [];
  if (co.join() !== stored.coDepartmentIds.join()) patch.coDepartmentIds = co;
  if (draft.owner !== stored.owner) patch.owner = draft.owner;
  if (resolved !== stored.deadline) patch.deadline = draft.deadline;
  const milestones = draft.milestones ?? [];
  const before = stored.milestones.map((m) => ({ text: m.text, dueDate: m.dueDate }));
  if (JSON.stringify(milestones) !== JSON.stringify(before)) patch.milestones = milestones;
  return patch;
}
