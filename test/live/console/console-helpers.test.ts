import { describe, expect, it } from 'vitest';
import { Commitment, QuestionDraft } from '../../../shared/domain';
import {
  checkCommitment,
  draftOf,
  newCommitmentValues,
  patchOf,
  valuesOfCommitment,
} from '../../../renderer/screens/live/commitments/commitment-form-values';
import { fieldErrorsOf, fieldErrorsOfZod } from '../../../renderer/screens/live/questions/field-errors';
import { addDays } from '../../../renderer/screens/live/questions/local-date';
import { mergeCandidates, usedCategories } from '../../../renderer/screens/live/questions/open-questions';
import { makeQuestion } from '../support/make-question';

const MESSAGES = {
  text: 'text',
  lead: 'lead',
  deadline: 'deadline',
  milestonesNeeded: 'needed',
  milestoneIncomplete: 'incomplete',
};

describe('field errors', () => {
  it('keys the service details by field under the prefix, first message winning', () => {
    expect(
      fieldErrorsOf(
        [
          { path: 'question.text', message: '请填写问题内容' },
          { path: 'question.text', message: 'second' },
          { path: 'question.askerPhone', message: '电话号码只能包含数字' },
          { path: 'meetingId', message: 'elsewhere' },
        ],
        'question',
      ),
    ).toEqual({ text: '请填写问题内容', askerPhone: '电话号码只能包含数字' });
  });

  it('reads a local parse of the draft in the schema’s own Chinese', () => {
    const parsed = QuestionDraft.safeParse({ text: '  ', askerPhone: 'abc' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const errors = fieldErrorsOfZod(parsed.error);
    expect(errors.text).toBe('请填写问题内容');
    expect(errors.askerPhone).toContain('电话号码');
  });
});

describe('addDays', () => {
  it('counts calendar days across month, year and leap-day ends', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-25', 7)).toBe('2026-01-01');
    expect(addDays('2025-03-05', 30)).toBe('2025-04-04');
  });
});

describe('open questions', () => {
  it('offers only waiting and on-screen questions, not the one being merged', () => {
    const waiting = makeQuestion({ text: '停车难' });
    const shown = makeQuestion({ text: '车位少', state: 'onScreen' });
    const answered = makeQuestion({ text: '电梯', state: 'answered' });
    const merged = makeQuestion({ text: '停车', state: 'merged', mergedInto: waiting.id });
    expect(mergeCandidates([waiting, shown, answered, merged]).map((q) => q.id)).toEqual([
      waiting.id,
      shown.id,
    ]);
    expect(mergeCandidates([waiting, shown], waiting.id).map((q) => q.id)).toEqual([shown.id]);
  });
  it('lists each category used once, skipping blanks', () => {
    expect(
      usedCategories([
        makeQuestion({ text: 'a', category: '停车管理' }),
        makeQuestion({ text: 'b', category: '' }),
        makeQuestion({ text: 'c', category: '停车管理' }),
        makeQuestion({ text: 'd', category: '养老助餐' }),
      ]),
    ).toEqual(['停车管理', '养老助餐']);
  });
});

describe('commitment form values', () => {
  it('starts from the question’s text and department', () => {
    const q = makeQuestion({ text: '东门路灯坏了', departmentId: 'd-city' });
    const values = newCommitmentValues(q);
    expect(values.text).toBe('东门路灯坏了');
    expect(values.leadDepartmentId).toBe('d-city');
    expect(draftOf(values, q.id)).toMatchObject({ questionId: q.id, leadDepartmentId: 'd-city' });
  });

  it('needs text, a lead, a deadline, and for ongoing at least one complete milestone', () => {
    const empty = { ...newCommitmentValues(null) };
    expect(checkCommitment(empty, MESSAGES)).toEqual({ text: 'text', leadDepartmentId: 'lead' });
    const ongoing = {
      ...empty,
      text: '推进',
      leadDepartmentId: 'd1',
      listType: 'ongoing' as const,
      deadline: { kind: 'none' as const },
    };
    expect(checkCommitment(ongoing, MESSAGES)).toEqual({ milestones: 'needed' });
    const half = { ...ongoing, milestones: [{ key: 'k', text: '方案公示', dueDate: null }] };
    expect(checkCommitment(half, MESSAGES)).toEqual({ milestones: 'incomplete' });
    const full = { ...ongoing, milestones: [{ key: 'k', text: '方案公示', dueDate: '2025-04-01' }] };
    expect(checkCommitment(full, MESSAGES)).toEqual({});
    expect(checkCommitment({ ...full, listType: 'deadline' }, MESSAGES)).toEqual({ deadline: 'deadline' });
  });

  it('drops the lead from the co-departments and trims the text', () => {
    const values = {
      ...newCommitmentValues(null),
      text: '  增设车位 ',
      leadDepartmentId: 'd1',
      coDepartmentIds: ['d1', 'd2'],
    };
    expect(draftOf(values, null)).toMatchObject({ text: '增设车位', coDepartmentIds: ['d2'] });
  });

  it('patches only what changed, so the edit record holds real edits', () => {
    const stored = Commitment.parse({
      id: 'c1',
      text: '增设车位',
      listType: 'deadline',
      leadDepartmentId: 'd1',
      coDepartmentIds: ['d2'],
      owner: '王科长',
      deadline: '2025-04-04',
      milestones: [],
      createdAt: '2025-03-05T14:00:00+08:00',
    });
    const values = valuesOfCommitment(stored);
    expect(patchOf(values, stored, '2025-04-04')).toEqual({});
    const edited = { ...values, owner: '李科长', deadline: { kind: 'date' as const, date: '2025-04-30' } };
    expect(patchOf(edited, stored, '2025-04-30')).toEqual({
      owner: '李科长',
      deadline: { kind: 'date', date: '2025-04-30' },
    });
  });
});
