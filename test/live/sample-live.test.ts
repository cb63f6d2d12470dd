import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuestionState } from '../../shared/domain';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { PARKING_QUESTIONS } from '../../electron/sample/sample-question-texts';
import { value } from '../contract/result-helpers';

let services: AppServices;
let heldId: string;
let streetId: string;

beforeEach(async () => {
  services = await openAppServices({
    store: new MemoryDocumentStore(),
    dataDir: '/tmp/unused',
    version: 't',
    now: () => new Date('2025-03-05T06:30:00Z'),
  });
  value(await services.call('sample.install', {}));
  const meetings = value(await services.call('meetings.list', {}));
  heldId = meetings.find((m) => m.title === '停车管理专题报告会')!.id;
  streetId = meetings.find((m) => m.level === 'street')!.id;
});
afterEach(async () => {
  await services.close();
});

describe("the sample's held parking meeting", () => {
  it('links every question to its community, department and outcome, and each commitment back to its question', async () => {
    const { questions, closing } = value(await services.call('questions.list', { meetingId: heldId }));
    const commitments = value(await services.call('commitments.list', { meetingId: heldId }));
    const office = value(await services.call('office.get', {}));
    const communities = new Set(office.communities.map((c) => c.id));
    const departments = new Set(office.departments.map((d) => d.id));
    expect(questions).toHaveLength(PARKING_QUESTIONS.length);
    expect(closing).not.toBeNull();
    const byId = new Map(questions.map((q) => [q.id, q]));
    for (const [i, q] of questions.entries()) {
      const source = PARKING_QUESTIONS[i]!;
      expect(q.history[0]).toMatchObject({ kind: 'created', to: 'waiting' });
      expect(q.communityId !== null).toBe(source.community !== null);
      if (q.communityId) expect(communities.has(q.communityId)).toBe(true);
      if (q.departmentId) expect(departments.has(q.departmentId)).toBe(true);
      expect(q.departmentId !== null).toBe(source.department !== null);
      expect(q.revision).toBe(q.history.length);
      switch (q.state) {
        case 'merged':
          expect(byId.get(q.mergedInto!)?.state).not.toBe('merged');
          break;
        case 'committed':
          expect(commitments.find((c) => c.id === q.commitmentId)?.questionId).toBe(q.id);
          break;
        case 'referred':
          expect(q.referral?.dueDate).toMatch(/^2024-12-/);
          break;
        case 'declined':
          expect(q.declineReason.length).toBeGreaterThan(5);
          break;
        case 'answered':
          expect(q.answerNote.length).toBeGreaterThan(5);
          break;
        default:
          throw new Error(`a closed meeting keeps no ${q.state} question`);
      }
    }
    for (const c of commitments) {
      expect(departments.has(c.leadDepartmentId)).toBe(true);
      expect(c.coDepartmentIds.length).toBeGreaterThan(0);
      expect(c.coDepartmentIds).not.toContain(c.leadDepartmentId);
      expect(c.owner).not.toBe('');
      if (c.listType === 'ongoing') expect(c.milestones.length).toBeGreaterThan(0);
      else expect(c.deadline).not.toBeNull();
      if (c.questionId) expect(byId.get(c.questionId)?.commitmentId).toBe(c.id);
    }
    expect(questions.some((q) => q.votes > 0)).toBe(true);
    expect(questions.some((q) => q.askerName !== '')).toBe(true);
    const scores = value(await services.call('scores.get', { meetingId: heldId }));
    expect(scores.parts.every((p) => p.hands !== null)).toBe(true);
  });

  it('goes with sample.remove', async () => {
    value(await services.call('sample.remove', {}));
    expect(value(await services.call('meetings.list', {}))).toEqual([]);
  });
});

describe('rehearsal test data', () => {
  it('holds realistic questions in every state, dated today, and a commitment from one of them', async () => {
    value(await services.call('rehearsal.start', { meetingId: streetId, withTestData: true }));
    const { questions, rehearsal } = value(await services.call('questions.list', { meetingId: streetId }));
    expect(rehearsal).not.toBeNull();
    expect(new Set(questions.map((q) => q.state))).toEqual(new Set(QuestionState.options));
    expect(questions.every((q) => q.receivedAt.startsWith('2025-03-05'))).toBe(true);
    const [commitment] = value(await services.call('commitments.list', { meetingId: streetId }));
    expect(commitment).toMatchObject({ deadline: '2025-03-12' });
    expect(questions.find((q) => q.id === commitment!.questionId)?.state).toBe('committed');
    const status = value(await services.call('live.status', { meetingId: streetId }));
    expect(status.blockers.length).toBeGreaterThan(0);
  });
});
