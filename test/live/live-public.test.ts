import { DEFAULT_FOLLOW_UP_SETTINGS } from '../../shared/domain';
import fc from 'fast-check';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  Card,
  Commitment,
  LivePublicView,
  LiveRecord,
  type CardInput,
  type Office,
  type Question,
} from '../../shared/domain';
import { publicLiveView, type PublicViewInput } from '../../shared/logic/live/live-public';
import { MEETING } from '../report/support';
import { makeQuestion } from './support/make-question';

const OFFICE_PHONE = '010-67671234';
const OFFICE: Office = {
  schemaVersion: 1,
  profile: { name: '方庄街道', kind: 'street', district: '丰台区', address: '', phone: OFFICE_PHONE },
  communities: [
    { id: 'fg1', name: '芳古园一区社区', kind: 'community' },
    { id: 'phy', name: '蒲黄榆社区', kind: 'community' },
  ],
  flaggedWords: [],
  followUp: DEFAULT_FOLLOW_UP_SETTINGS,
  departments: [
    { id: 'city', name: '城管执法队', kind: 'district', contact: { person: '赵队长', phone: '13911112222' } },
    { id: 'housing', name: '房管所', kind: 'district', contact: { person: '', phone: '' } },
  ],
};

const CARDS = [
  { id: 'w', kind: 'welcome', title: '欢迎', wifi: 'Fangzhuang-Guest' },
  { id: 'w2', kind: 'welcome', title: '欢迎（备用）', wifi: 'Other' },
  { id: 'p1', kind: 'agenda', title: '一、工作回顾' },
].map((c) => Card.parse(c as CardInput));

/** Residents whose names and numbers must not reach the hall, typed everywhere a slip can put them. */
interface Resident {
  name: string;
  phone: string;
}
const A: Resident = { name: '欧阳婷婷', phone: '13812345678' };
const B: Resident = { name: '司马翔', phone: '139 8765 4321' };
const C: Resident = { name: '诸葛鹏鑫', phone: '010-87654321' };
const D: Resident = { name: '上官瑶', phone: '+86 15011223344' };
const RESIDENTS = [A, B, C, D];

const at = (m: number) => `2025-07-10T15:${String(m).padStart(2, '0')}:00+08:00`;

function record(): LiveRecord {
  const questions: Question[] = [
    makeQuestion({
      id: 'q-park',
      text: `我是${A.name}，电话${A.phone}，小区停车难`,
      askerName: A.name,
      askerPhone: A.phone.replace(/\s/g, ''),
      communityId: 'fg1',
      departmentId: 'city',
      category: '停车管理',
      votes: 12,
      receivedAt: at(3),
      state: 'onScreen',
      history: [
        { at: at(3), by: '工作人员', kind: 'created', from: null, to: 'waiting', note: '' },
        { at: at(20), by: '工作人员', kind: 'moved', from: 'waiting', to: 'onScreen', note: `${A.name}` },
      ],
    }),
    makeQuestion({
      id: 'q-dup',
      text: `车位不够（${B.name} ${B.phone}）`,
      askerName: B.name,
      askerPhone: B.phone.replace(/\s/g, ''),
      state: 'merged',
      mergedInto: 'q-park',
      receivedAt: at(4),
    }),
    makeQuestion({
      id: 'q-lift',
      text: `加装电梯，联系${C.phone}`,
      askerName: C.name,
      askerPhone: C.phone,
      state: 'onScreen',
      receivedAt: at(1),
      departmentId: 'gone-dept',
      communityId: 'gone-community',
      history: [
        { at: at(1), by: '工作人员', kind: 'created', from: null, to: 'waiting', note: '' },
        { at: at(10), by: '工作人员', kind: 'moved', from: 'waiting', to: 'onScreen', note: '' },
      ],
    }),
    makeQuestion({
      id: 'q-decl',
      text: `${D.name}说：楼下KTV噪音`,
      askerName: D.name,
      state: 'declined',
      declineReason: `已转 12345，请${D.name}留意回访电话 ${D.phone}`,
      receivedAt: at(2),
    }),
    makeQuestion({
      id: 'q-ref',
      text: `顶楼漏水，找${A.name}的邻居`,
      state: 'referred',
      referral: { departmentId: 'housing', dueDate: '2025-07-31' },
      receivedAt: at(5),
    }),
    makeQuestion({
      id: 'q-ans',
      text: '路灯不亮',
      state: 'answered',
      answerNote: `已告知${B.name}`,
      receivedAt: at(6),
    }),
    makeQuestion({ id: 'q-wait', text: '垃圾清运不及时', receivedAt: at(7) }),
    makeQuestion({
      id: 'q-com',
      text: '3号楼加装电梯',
      state: 'committed',
      commitmentId: 'c2',
      receivedAt: at(8),
    }),
  ];
  const commitment = (id: string, createdAt: string, fields: Partial<z.input<typeof Commitment>>) =>
    Commitment.parse({
      id,
      text: '承诺',
      listType: 'deadline',
      leadDepartmentId: 'city',
      deadline: '2025-09-30',
      createdAt,
      ...fields,
    });
  return LiveRecord.parse({
    questions,
    commitments: [
      commitment('c2', at(30), {
        questionId: 'q-com',
        text: `一个月内完成加装电梯意见征询，咨询电话 ${OFFICE_PHONE}，不是 13700001111`,
        coDepartmentIds: ['housing', 'gone-dept'],
        owner: '王主任',
        milestones: [{ id: 'm1', text: `入户征询（联系人 ${C.name}）`, dueDate: '2025-08-15' }],
      }),
      commitment('c1', at(25), {
        text: '增设 40 个夜间错时停车位',
        leadDepartmentId: 'gone-dept',
        listType: 'immediate',
      }),
    ],
    scores: [
      {
        partId: 'p1',
        title: '一、工作回顾',
        hands: { satisfied: 40, basicallySatisfied: 5, dissatisfied: 5 },
        updatedAt: at(40),
        updatedBy: '工作人员',
      },
    ],
  });
}

const input = (over: Partial<PublicViewInput> = {}): PublicViewInput => ({
  meeting: MEETING,
  office: OFFICE,
  record: record(),
  rehearsal: false,
  cards: CARDS,
  commitmentId: null,
  date: '2025-07-10',
  joinUrl: null,
  boxWifi: '',
  ...over,
});

function expectNothingPersonal(json: string, residents: readonly Resident[]) {
  for (const { name, phone } of residents) {
    expect(json).not.toContain(name);
    expect(json).not.toContain(phone);
    expect(json).not.toContain(phone.replace(/\D/g, '').slice(-8));
  }
  expect(json).not.toMatch(/askerName|askerPhone/);
}

describe('publicLiveView', () => {
  it('holds no asker name or phone, not even those typed into the texts', () => {
    const view = publicLiveView(input());
    expect(() => LivePublicView.parse(view)).not.toThrow();
    const json = JSON.stringify(view);
    expectNothingPersonal(json, RESIDENTS);
    // The department contact is staff-only too; the view never reads it.
    expect(json).not.toContain('13911112222');
    // Masked, not dropped: the rest of the text stays readable.
    expect(view.current?.text).toBe('我是**，电话**，小区停车难');
    expect(view.declined[0]?.declineReason).toBe('已转 12345，请**留意回访电话 150****3344');
  });

  it('keeps the office’s own hotline as written', () => {
    const view = publicLiveView(input());
    expect(view.commitment?.text).toContain(OFFICE_PHONE);
    expect(view.commitment?.text).toContain('137****1111');
  });

  it('shows the question put on screen last, with its askers and names', () => {
    const view = publicLiveView(input());
    expect(view.current).toMatchObject({
      id: 'q-park',
      askers: 2,
      votes: 12,
      communityName: '芳古园一区社区',
      departmentName: '城管执法队',
      category: '停车管理',
    });
  });

  it('names departments and communities from the office, an unknown one as null, never its id', () => {
    const view = publicLiveView(input());
    const lift = view.waiting.find((q) => q.id === 'q-lift');
    expect(lift).toMatchObject({ departmentName: null, communityName: null });
    expect(view.referred[0]?.referral).toEqual({ departmentName: '房管所', dueDate: '2025-07-31' });
    const c1 = view.commitments.find((c) => c.id === 'c1');
    expect(c1?.leadDepartmentName).toBe('');
    expect(view.commitments.find((c) => c.id === 'c2')?.coDepartmentNames).toEqual(['房管所']);
    // The summary counts commitments by department id, as its schema says; every shown name is a name.
    const { summary, ...shown } = view;
    expect(summary.byDepartment.map((d) => d.departmentId).sort()).toEqual(['city', 'gone-dept']);
    expect(JSON.stringify(shown)).not.toMatch(/gone-dept|gone-community/);
  });

  it('lists each outcome in arrival order without the merged ones', () => {
    const view = publicLiveView(input());
    expect(view.waiting.map((q) => q.id)).toEqual(['q-lift', 'q-park', 'q-wait']);
    expect(view.answered.map((q) => q.id)).toEqual(['q-ans']);
    expect(view.referred.map((q) => q.id)).toEqual(['q-ref']);
    expect(view.declined.map((q) => q.id)).toEqual(['q-decl']);
    const listed = [...view.waiting, ...view.answered, ...view.referred, ...view.declined].map((q) => q.id);
    expect(listed).not.toContain('q-dup');
    expect(view.summary).toMatchObject({ received: 8, mergedGroups: 1, commitments: 2 });
  });

  it('shows the commitment asked for, else the latest made, with its question', () => {
    expect(publicLiveView(input()).commitment?.id).toBe('c2');
    expect(publicLiveView(input({ commitmentId: 'c1' })).commitment?.id).toBe('c1');
    expect(publicLiveView(input({ commitmentId: 'nope' })).commitment?.id).toBe('c2');
    const c2 = publicLiveView(input()).commitment;
    expect(c2?.questionText).toBe('3号楼加装电梯');
    expect(c2?.milestones).toEqual([{ text: '入户征询（联系人 **）', dueDate: '2025-08-15' }]);
    expect(publicLiveView(input()).commitments.map((c) => c.id)).toEqual(['c1', 'c2']);
    const none = publicLiveView(input({ record: LiveRecord.parse({}) }));
    expect(none).toMatchObject({ current: null, commitment: null, waiting: [], commitments: [] });
  });

  it('takes the Wi-Fi from the first welcome card and the scores from the sheet', () => {
    const view = publicLiveView(input());
    expect(view.wifi).toBe('Fangzhuang-Guest');
    expect(view.scores.parts).toHaveLength(1);
    expect(view.scores.parts[0]).toMatchObject({ partId: 'p1', handsVotes: 50, handsRate: 0.9 });
    expect(publicLiveView(input({ cards: [] })).wifi).toBe('');
    expect(publicLiveView(input({ rehearsal: true, joinUrl: 'http://x/join' }))).toMatchObject({
      rehearsal: true,
      joinUrl: 'http://x/join',
      meetingId: MEETING.id,
      date: '2025-07-10',
    });
  });

  it('shows only approved questions, in every list and on screen, but counts every one', () => {
    const questions = [
      makeQuestion({ id: 'shown', text: '路灯不亮', state: 'answered' }),
      ...(['waiting', 'onScreen', 'answered', 'referred', 'declined'] as const).map((state) =>
        makeQuestion({
          id: `hidden-${state}`,
          text: '未审核的手机提问',
          source: 'phone',
          approved: false,
          state,
          referral: state === 'referred' ? { departmentId: 'city', dueDate: '2025-07-31' } : null,
        }),
      ),
    ];
    const view = publicLiveView(input({ record: LiveRecord.parse({ questions }) }));
    expect(view.current).toBeNull();
    const listed = [...view.waiting, ...view.answered, ...view.referred, ...view.declined].map((q) => q.id);
    expect(listed).toEqual(['shown']);
    expect(view.summary.received).toBe(6);
    expect(view.summary.byState).toMatchObject({
      waiting: 1,
      onScreen: 1,
      answered: 2,
      referred: 1,
      declined: 1,
    });
  });

  it('takes the Wi-Fi typed when the question box was opened over the welcome card’s', () => {
    expect(publicLiveView(input({ boxWifi: 'Hall-5G' })).wifi).toBe('Hall-5G');
    expect(publicLiveView(input({ boxWifi: '' })).wifi).toBe('Fangzhuang-Guest');
  });

  it('for any names and numbers typed into any text, none reaches the view', () => {
    const nameArb = fc
      .tuple(
        fc.constantFrom('欧阳', '司马', '诸葛', '上官', '慕容'),
        fc.constantFrom('婷', '琪', '璐', '瑶翔', '鹏鑫'),
      )
      .map(([s, g]) => s + g);
    const phoneArb = fc
      .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 10_000_000, max: 99_999_999 }))
      .map(([second, rest]) => `1${second}${String(rest).padStart(9, '0')}`);
    const residentArb = fc.record({ name: nameArb, phone: phoneArb });
    fc.assert(
      fc.property(fc.array(residentArb, { minLength: 1, maxLength: 6 }), (residents) => {
        const questions = residents.map((r, i) =>
          makeQuestion({
            text: `${['', '我是', '居民'][i % 3]}${r.name}反映：停车难，电话${r.phone}`,
            askerName: r.name,
            askerPhone: r.phone,
            state: (['waiting', 'onScreen', 'declined', 'referred'] as const)[i % 4],
            declineReason: i % 4 === 2 ? `${r.name}的问题另行答复` : '',
            referral: i % 4 === 3 ? { departmentId: 'city', dueDate: '2025-07-31' } : null,
          }),
        );
        const view = publicLiveView(input({ record: LiveRecord.parse({ questions }) }));
        expectNothingPersonal(JSON.stringify(view), residents);
      }),
      { numRuns: 200 },
    );
  });
});
