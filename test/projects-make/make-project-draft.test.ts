import { describe, expect, it } from 'vitest';
import { ProjectDraft } from '../../shared/domain/project';
import {
  clip,
  guessCategory,
  nextBatchNumber,
  openBatchOf,
  prefillFromFollowUp,
  prefillFromGroup,
  projectFrom,
  toProjectDraft,
  townOf,
  type OfficeLookup,
} from '../../renderer/screens/projects/make/make-project-draft';

const office: OfficeLookup = {
  profile: { name: '方庄街道办事处', kind: 'street', district: '丰台区', address: '', phone: '' },
  communities: [{ id: 'c1', name: '芳城园一区社区', kind: 'community' }],
  departments: [{ id: 'd1', name: '城市管理办公室', kind: 'section', contact: { person: '', phone: '' } }],
};

const group = { id: 'g1', title: '芳城园一区停车难', departmentId: 'd1', note: '' };

const item = {
  id: 'f1',
  meetingId: 'm1',
  title: '三号楼电梯维修',
  leadDepartmentId: 'd1',
  communityId: 'c1',
  deadline: '2026-12-31',
  source: { kind: 'manual' as const },
};

describe('guessCategory', () => {
  it.each([
    ['加装电梯', 'living'],
    ['老旧房屋修缮', 'living'],
    ['顶楼漏水', 'living'],
    ['物业服务', 'living'],
    ['消防通道堵塞', 'safety'],
    ['安全隐患排查', 'safety'],
    ['增设监控', 'safety'],
    ['电动车进楼', 'safety'],
    ['集中充电设施', 'safety'],
    ['绿化补种', 'environment'],
    ['垃圾分类驿站', 'environment'],
    ['环境整治', 'environment'],
    ['口袋公园', 'environment'],
    ['夜间施工噪音', 'environment'],
    ['停车难', 'travel'],
    ['道路破损', 'travel'],
    ['交通拥堵', 'travel'],
    ['老人出行不便', 'travel'],
    ['公交站迁移', 'travel'],
    ['健身步道', 'travel'],
  ] as const)('%s → %s', (text, category) => {
    expect(guessCategory(text)).toBe(category);
  });

  it('leaves the choice to the operator when no word tells', () => {
    expect(guessCategory('邻里纠纷调解')).toBeNull();
    expect(guessCategory('')).toBeNull();
  });

  it('lets a specific need outweigh the place it is in', () => {
    expect(guessCategory('小区停车难')).toBe('travel');
    expect(guessCategory('物业管理小区垃圾')).toBe('environment');
    expect(guessCategory('小区')).toBe('living');
  });
});

describe('clip and townOf', () => {
  it('cuts to the limit without splitting a character, folding whitespace', () => {
    expect(clip('  一  二 ', 100)).toBe('一 二');
    expect(clip('😀'.repeat(60), 100)).toBe('😀'.repeat(50));
    expect(clip('😀'.repeat(60), 101)).toBe('😀'.repeat(50));
  });

  it('names the 街镇 from the office', () => {
    expect(townOf(office)).toBe('方庄街道');
    expect(townOf({ ...office, profile: { ...office.profile, name: '马坊镇人民政府' } })).toBe('马坊镇');
    expect(townOf({ ...office, profile: { ...office.profile, name: '' } })).toBe('');
    expect(townOf({ ...office, profile: { ...office.profile, name: '办事处' } })).toBe('办事处');
  });
});

describe('prefillFromGroup', () => {
  it('takes the title, the department, the office as 街镇 and links the group', () => {
    expect(prefillFromGroup('m1', group, office)).toEqual({
      name: '芳城园一区停车难',
      category: 'travel',
      town: '方庄街道',
      community: '',
      leadUnit: '城市管理办公室',
      deadline: null,
      sources: [{ kind: 'group', meetingId: 'm1', refId: 'g1', label: '芳城园一区停车难' }],
    });
  });

  it('trims a long title to a name of 100 and a label of 200', () => {
    const title = '长'.repeat(250);
    const p = prefillFromGroup('m1', { ...group, title }, office);
    expect(p.name).toBe('长'.repeat(100));
    expect(p.sources[0]?.label).toBe('长'.repeat(200));
  });

  it('falls back to the note for the category, then to none; an unknown department is blank', () => {
    expect(prefillFromGroup('m1', { ...group, title: '民意汇总', note: '加装电梯' }, office).category).toBe(
      'living',
    );
    const p = prefillFromGroup('m1', { ...group, title: '民意汇总', departmentId: 'gone' }, office);
    expect(p.category).toBeNull();
    expect(p.leadUnit).toBe('');
    expect(prefillFromGroup('m1', { ...group, departmentId: null }, office).leadUnit).toBe('');
  });
});

describe('prefillFromFollowUp', () => {
  it('takes title, lead unit, community and deadline from a manual item', () => {
    expect(prefillFromFollowUp(item, office)).toEqual({
      name: '三号楼电梯维修',
      category: 'living',
      town: '方庄街道',
      community: '芳城园一区社区',
      leadUnit: '城市管理办公室',
      deadline: '2026-12-31',
      sources: [{ kind: 'followUp', meetingId: 'm1', refId: 'f1', label: '三号楼电梯维修' }],
    });
  });

  it('links the commitment and the question it answered', () => {
    const p = prefillFromFollowUp(
      { ...item, source: { kind: 'commitment', commitmentId: 'k1', questionId: 'q1' } },
      office,
      { id: 'q1', text: '电梯老是坏' },
    );
    expect(p.sources).toEqual([
      { kind: 'followUp', meetingId: 'm1', refId: 'f1', label: '三号楼电梯维修' },
      { kind: 'commitment', meetingId: 'm1', refId: 'k1', label: '三号楼电梯维修' },
      { kind: 'question', meetingId: 'm1', refId: 'q1', label: '电梯老是坏' },
    ]);
    const alone = prefillFromFollowUp(
      { ...item, source: { kind: 'commitment', commitmentId: 'k1', questionId: null } },
      office,
    );
    expect(alone.sources.map((s) => s.kind)).toEqual(['followUp', 'commitment']);
  });

  it('links the referred question, and the 重大事项 an item was sent from', () => {
    const referral = prefillFromFollowUp(
      { ...item, source: { kind: 'referral', questionId: 'q2' } },
      office,
      {
        id: 'q2',
        text: '小区东侧停车难',
      },
    );
    expect(referral.sources[1]).toEqual({
      kind: 'question',
      meetingId: 'm1',
      refId: 'q2',
      label: '小区东侧停车难',
    });
    const unknown = prefillFromFollowUp({ ...item, source: { kind: 'referral', questionId: 'q2' } }, office);
    expect(unknown.sources[1]?.label).toBe('三号楼电梯维修');
    const sent = prefillFromFollowUp({ ...item, source: { kind: 'group', groupId: 'g1' } }, office);
    expect(sent.sources[1]).toEqual({ kind: 'group', meetingId: 'm1', refId: 'g1', label: '三号楼电梯维修' });
  });

  it('guesses from the question when the title does not tell, and leaves blanks blank', () => {
    const p = prefillFromFollowUp(
      {
        ...item,
        title: '答复居民',
        leadDepartmentId: null,
        communityId: null,
        deadline: null,
        source: { kind: 'referral', questionId: 'q2' },
      },
      office,
      { id: 'q2', text: '垃圾没人清' },
    );
    expect(p.category).toBe('environment');
    expect(p).toMatchObject({ leadUnit: '', community: '', deadline: null });
    expect(prefillFromFollowUp({ ...item, title: '答复居民' }, office).category).toBeNull();
  });

  it('trims a long item title (up to 2000) to a valid name and label', () => {
    const p = prefillFromFollowUp({ ...item, title: '事'.repeat(2000) }, office);
    expect(p.name).toHaveLength(100);
    expect(p.sources[0]?.label).toHaveLength(200);
  });
});

describe('toProjectDraft, projectFrom, batches', () => {
  it('makes a draft the contract accepts', () => {
    const p = prefillFromGroup('m1', group, office);
    const draft = toProjectDraft(
      {
        name: ` ${p.name} `,
        category: 'travel',
        town: p.town,
        community: '',
        leadUnit: p.leadUnit,
        deadline: null,
      },
      p.sources,
      'b2',
    );
    const parsed = ProjectDraft.strict().parse(draft);
    expect(parsed).toMatchObject({
      batchId: 'b2',
      name: '芳城园一区停车难',
      category: 'travel',
      town: '方庄街道',
    });
    expect(parsed.sources).toEqual(p.sources);
  });

  it('finds the project made from a group or item, in the same meeting only', () => {
    const projects = [
      { id: 'p1', name: 'A', sources: [{ kind: 'group' as const, meetingId: 'm1', refId: 'g1', label: '' }] },
    ];
    expect(projectFrom(projects, 'group', 'm1', 'g1')?.id).toBe('p1');
    expect(projectFrom(projects, 'group', 'm2', 'g1')).toBeNull();
    expect(projectFrom(projects, 'followUp', 'm1', 'g1')).toBeNull();
  });

  it('picks the open batch and numbers the next', () => {
    const batches = [
      { id: 'b1', number: 1, closedOn: '2026-06-30' },
      { id: 'b2', number: 2, closedOn: null },
    ];
    expect(openBatchOf(batches)?.id).toBe('b2');
    expect(openBatchOf(batches.slice(0, 1))).toBeNull();
    expect(nextBatchNumber(batches)).toBe(3);
    expect(nextBatchNumber([])).toBe(1);
  });
});
