import { LIMITS } from '../../../../shared/domain/common';
import type { FollowUpItem } from '../../../../shared/domain/follow-up';
import type { Office } from '../../../../shared/domain/office';
import type { OpinionGroup } from '../../../../shared/domain/opinion-set';
import type {
  Project,
  ProjectCategory,
  ProjectDraft,
  ProjectSource,
  ProjectSourceKind,
} from '../../../../shared/domain/project';

/** What the 转为民生项目 form opens with; `category` null means the operator must choose one. */
export interface ProjectPrefill {
  name: string;
  category: ProjectCategory | null;
  town: string;
  community: string;
  leadUnit: string;
  deadline: string | null;
  sources: ProjectSource[];
}

export type OfficeLookup = Pick<Office, 'profile' | 'communities' | 'departments'>;

/**
 * Words that tell a need's category. 小区 and 物业 weigh less (both together still less than one specific
 * word): "小区停车难" is a parking need that happens to be in a 小区, so the specific word must win.
 */
const CATEGORY_WORDS: readonly { category: ProjectCategory; words: readonly [string, number][] }[] = [
  {
    category: 'living',
    words: [
      ['电梯', 3],
      ['房屋', 3],
      ['漏水', 3],
      ['小区', 1],
      ['物业', 1],
    ],
  },
  {
    category: 'safety',
    words: [
      ['消防', 3],
      ['安全', 3],
      ['监控', 3],
      ['电动车', 3],
      ['充电', 3],
    ],
  },
  {
    category: 'environment',
    words: [
      ['绿化', 3],
      ['垃圾', 3],
      ['环境', 3],
      ['公园', 3],
      ['噪音', 3],
    ],
  },
  {
    category: 'travel',
    words: [
      ['停车', 3],
      ['道路', 3],
      ['交通', 3],
      ['出行', 3],
      ['公交', 3],
      ['步道', 3],
    ],
  },
];

/**
 * The category a need's words point to, or null when none does (the operator then picks; a wrong
 * guess would silently skew the statistics by category). Equal weights: the first in the list wins.
 */
export function guessCategory(text: string): ProjectCategory | null {
  let best: ProjectCategory | null = null;
  let bestScore = 0;
  for (const { category, words } of CATEGORY_WORDS) {
    const score = words.reduce((sum, [word, weight]) => sum + (text.includes(word) ? weight : 0), 0);
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return best;
}

/** Whitespace folded and cut to `max` UTF-16 units without splitting a character. */
export function clip(text: string, max: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  let out = '';
  for (const ch of folded) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.trimEnd();
}

/** 街镇 from the office's own name: "方庄街道办事处" is 方庄街道, "马坊镇人民政府" is 马坊镇; blank stays blank. */
export function townOf(office: OfficeLookup): string {
  const name = office.profile.name.trim();
  const short = name.replace(/(办事处|人民政府)$/, '').trim();
  return clip(short || name, LIMITS.name);
}

function departmentName(office: OfficeLookup, id: string | null): string {
  if (id === null) return '';
  return clip(office.departments.find((d) => d.id === id)?.name ?? '', LIMITS.name);
}

function communityName(office: OfficeLookup, id: string | null): string {
  if (id === null) return '';
  return clip(office.communities.find((c) => c.id === id)?.name ?? '', LIMITS.name);
}

function source(kind: ProjectSourceKind, meetingId: string, refId: string, label: string): ProjectSource {
  return { kind, meetingId, refId, label: clip(label, LIMITS.title) };
}

/** A 重大事项 or 民生任务 of the 准备 stage as a project to be: its title, department and a link back. */
export function prefillFromGroup(
  meetingId: string,
  group: Pick<OpinionGroup, 'id' | 'title' | 'departmentId' | 'note'>,
  office: OfficeLookup,
): ProjectPrefill {
  return {
    name: clip(group.title, LIMITS.name),
    category: guessCategory(group.title) ?? guessCategory(group.note),
    town: townOf(office),
    community: '',
    leadUnit: departmentName(office, group.departmentId),
    deadline: null,
    sources: [source('group', meetingId, group.id, group.title)],
  };
}

/**
 * A follow-up item as a project to be. Besides the item itself, what it came from is linked too (the
 * commitment, the question asked, the 重大事项), so the project still names its origin if the item goes.
 */
export function prefillFromFollowUp(
  item: Pick<
    FollowUpItem,
    'id' | 'meetingId' | 'title' | 'leadDepartmentId' | 'communityId' | 'deadline' | 'source'
  >,
  office: OfficeLookup,
  question: { id: string; text: string } | null = null,
): ProjectPrefill {
  const { meetingId } = item;
  const sources = [source('followUp', meetingId, item.id, item.title)];
  const origin = item.source;
  if (origin.kind === 'commitment') {
    sources.push(source('commitment', meetingId, origin.commitmentId, item.title));
    if (origin.questionId !== null)
      sources.push(
        source(
          'question',
          meetingId,
          origin.questionId,
          question?.id === origin.questionId ? question.text : '',
        ),
      );
  } else if (origin.kind === 'referral') {
    sources.push(
      source(
        'question',
        meetingId,
        origin.questionId,
        question?.id === origin.questionId ? question.text : item.title,
      ),
    );
  } else if (origin.kind === 'group') {
    sources.push(source('group', meetingId, origin.groupId, item.title));
  }
  return {
    name: clip(item.title, LIMITS.name),
    category: guessCategory(item.title) ?? (question ? guessCategory(question.text) : null),
    town: townOf(office),
    community: communityName(office, item.communityId),
    leadUnit: departmentName(office, item.leadDepartmentId),
    deadline: item.deadline,
    sources,
  };
}

/** The form's values once the operator has chosen a category and a batch. */
export interface MakeProjectValues {
  name: string;
  category: ProjectCategory;
  town: string;
  community: string;
  leadUnit: string;
  deadline: string | null;
}

export function toProjectDraft(
  values: MakeProjectValues,
  sources: readonly ProjectSource[],
  batchId: string,
): ProjectDraft {
  return {
    batchId,
    name: values.name.trim(),
    category: values.category,
    town: values.town.trim(),
    community: values.community.trim(),
    leadUnit: values.leadUnit.trim(),
    deadline: values.deadline,
    sources: [...sources],
  };
}

/** The project whose sources already name this group or item (made once, not twice by a double click). */
export function projectFrom(
  projects: readonly Pick<Project, 'id' | 'name' | 'sources'>[],
  kind: ProjectSourceKind,
  meetingId: string,
  refId: string,
): Pick<Project, 'id' | 'name' | 'sources'> | null {
  return (
    projects.find((p) =>
      p.sources.some((s) => s.kind === kind && s.refId === refId && s.meetingId === meetingId),
    ) ?? null
  );
}

/** The batch new projects join: the open one (at most one is open at a time). */
export function openBatchOf<B extends { closedOn: string | null; number: number }>(
  batches: readonly B[],
): B | null {
  return batches.filter((b) => b.closedOn === null).sort((a, b) => b.number - a.number)[0] ?? null;
}

/** The number the next batch opened will have. */
export function nextBatchNumber(batches: readonly { number: number }[]): number {
  return batches.reduce((max, b) => Math.max(max, b.number), 0) + 1;
}
