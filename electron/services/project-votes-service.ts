import type { Output, ParsedInput } from '../../shared/api';
import {
  PROJECT_STAGES,
  type PhoneBallotView,
  type Project,
  type ProjectPoolDocument,
  type ProjectVote,
} from '../../shared/domain';
import { CATEGORY_LABELS } from '../../shared/logic/projects/categories';
import { currentBatchId } from '../../shared/logic/projects/project-state';
import { ballotProblem, voteCounts, voteResult, voteSetupProblem } from '../../shared/logic/projects/votes';
import { AppError, notFound } from '../api/app-error';
import { readPool, writePool } from './project-pool-store';
import { findBatch, liveMeetingExists, openBatchOf } from './projects-service';
import { nowIso, type ServiceContext } from './service-context';

/** 差额票决 of a batch's candidates: tallies entered by staff, or one ballot per phone through the gateway. */

function findVote(pool: ProjectPoolDocument, id: string): ProjectVote {
  const vote = pool.votes.find((v) => v.id === id);
  if (!vote) throw notFound('票决', id);
  return vote;
}

function openVote(pool: ProjectPoolDocument, id: string): ProjectVote {
  const vote = findVote(pool, id);
  if (vote.state !== 'open') {
    throw new AppError('conflict', `票决“${vote.title}”已于 ${vote.closedAt ?? ''} 结束，结果不能再改`);
  }
  return vote;
}

function replaceVote(pool: ProjectPoolDocument, vote: ProjectVote): ProjectPoolDocument {
  return { ...pool, votes: pool.votes.map((v) => (v.id === vote.id ? vote : v)) };
}

export async function createVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.create'>,
): Promise<Output<'projects.votes.create'>> {
  if (input.method === 'phones' && (input.meetingId === null || !liveMeetingExists(ctx, input.meetingId))) {
    throw new AppError(
      'invalid_input',
      input.meetingId === null
        ? '手机投票需要选择一场报告会（代表们用这场会的手机提问入口投票）'
        : `所选报告会（${input.meetingId}）不存在或已在回收站，请重新选择`,
      [{ path: 'meetingId', message: '请选择报告会' }],
    );
  }
  const at = nowIso(ctx);
  return writePool(ctx, (pool) => {
    const batch = openBatchOf(pool, input.batchId);
    input.candidateIds.forEach((id, i) => {
      const project = pool.projects.find((p) => p.id === id);
      if (!project) {
        throw new AppError('not_found', `找不到候选项目（${id}），它可能已被删除；请重新选择候选项目`, [
          { path: `candidateIds.${i}`, message: '找不到项目' },
        ]);
      }
      if (currentBatchId(project) !== batch.id) {
        throw new AppError(
          'invalid_input',
          `项目“${project.name}”不在${batch.name}中，不能作为这次票决的候选项目`,
          [{ path: `candidateIds.${i}`, message: '不在本批次' }],
        );
      }
    });
    const problem = voteSetupProblem(input.places, input.candidateIds);
    if (problem !== null) {
      throw new AppError('invalid_input', problem, [{ path: 'candidateIds', message: problem }]);
    }
    const vote: ProjectVote = {
      id: ctx.newId('vote'),
      batchId: batch.id,
      title: input.title,
      places: input.places,
      candidateIds: [...input.candidateIds],
      method: input.method,
      meetingId: input.meetingId,
      tallies: [],
      phoneBallots: [],
      voters: null,
      counters: [],
      state: 'open',
      openedAt: at,
      closedAt: null,
      result: null,
      by: input.by,
    };
    return { next: { ...pool, votes: [...pool.votes, vote] }, result: vote };
  });
}

export async function tallyVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.tally'>,
): Promise<Output<'projects.votes.tally'>> {
  return writePool(ctx, (pool) => {
    const vote = openVote(pool, input.voteId);
    if (vote.method !== 'tally') {
      throw new AppError('invalid_input', `票决“${vote.title}”由手机投票，票数按手机选票统计，不能手工录入`);
    }
    const seen = new Set<string>();
    input.tallies.forEach((tally, i) => {
      if (!vote.candidateIds.includes(tally.projectId)) {
        throw new AppError('invalid_input', `录入的票数里有一个不是本次候选的项目（${tally.projectId}）`, [
          { path: `tallies.${i}.projectId`, message: '不是候选项目' },
        ]);
      }
      if (seen.has(tally.projectId)) {
        throw new AppError('invalid_input', '同一个候选项目的票数录入了两次，请合并后再保存', [
          { path: `tallies.${i}.projectId`, message: '重复' },
        ]);
      }
      seen.add(tally.projectId);
    });
    if (input.voters !== null) {
      const over = input.tallies.find((t) => t.votes > input.voters!);
      if (over) {
        throw new AppError(
          'invalid_input',
          `有候选项目的票数（${over.votes}）超过了参加投票的代表人数（${input.voters}），请核对`,
        );
      }
    }
    const next: ProjectVote = {
      ...vote,
      tallies: input.tallies.map((t) => ({ ...t })),
      voters: input.voters,
      counters: [...input.counters],
    };
    return { next: replaceVote(pool, next), result: next };
  });
}

const REVIEW = PROJECT_STAGES.indexOf('review');

export async function closeVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.close'>,
): Promise<Output<'projects.votes.close'>> {
  const at = nowIso(ctx);
  return writePool(ctx, (pool) => {
    const vote = openVote(pool, input.voteId);
    const counters = input.counters.length > 0 ? [...input.counters] : vote.counters;
    if (vote.method === 'tally' && counters.length === 0) {
      throw new AppError('invalid_input', '请填写计票人（至少一位计票人或监票人），再结束票决', [
        { path: 'counters', message: '请填写计票人' },
      ]);
    }
    const result = voteResult(vote);
    const closed: ProjectVote = { ...vote, counters, state: 'closed', closedAt: at, result };
    const rank = new Map(result.ranking.map((r) => [r.projectId, r]));
    const tied = new Set(result.tiedAtCutoff);
    const projects = pool.projects.map((p): Project => {
      if (!vote.candidateIds.includes(p.id) || tied.has(p.id)) return p;
      const votes = rank.get(p.id)?.votes ?? 0;
      const chosen = result.chosen.includes(p.id);
      const stage = chosen && PROJECT_STAGES.indexOf(p.stage) < REVIEW ? 'review' : p.stage;
      return {
        ...p,
        stage,
        history: [
          ...p.history,
          {
            at,
            by: input.by,
            kind: chosen ? 'chosen' : 'notChosen',
            note: `${vote.title}：${votes} 票${chosen ? '，入选' : '，未入选'}`,
          },
        ],
        revision: p.revision + 1,
      };
    });
    return { next: { ...replaceVote(pool, closed), projects }, result: closed };
  });
}

export async function publicVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.public'>,
): Promise<Output<'projects.votes.public'>> {
  const pool = readPool(ctx);
  const vote = findVote(pool, input.voteId);
  const batch = findBatch(pool, vote.batchId);
  const counts = new Map(voteCounts(vote).map((t) => [t.projectId, t.votes]));
  return {
    id: vote.id,
    title: vote.title,
    batchName: batch.name,
    places: vote.places,
    method: vote.method,
    state: vote.state,
    voters: vote.voters,
    counters: [...vote.counters],
    candidates: vote.candidateIds.map((id) => {
      const project = pool.projects.find((p) => p.id === id);
      return {
        projectId: id,
        name: project?.name ?? '（已删除的项目）',
        category: project?.category ?? 'living',
        town: project?.town ?? '',
        votes: counts.get(id) ?? 0,
      };
    }),
    result: vote.result,
    closedAt: vote.closedAt,
  };
}

/** An open phone vote of this meeting, else a refusal the phone can show. */
function phoneVoteOf(pool: ProjectPoolDocument, meetingId: string, voteId: string): ProjectVote {
  const vote = pool.votes.find((v) => v.id === voteId);
  if (!vote || vote.method !== 'phones' || vote.meetingId !== meetingId) {
    throw new AppError('not_found', '找不到这次手机票决，请刷新页面');
  }
  return vote;
}

/**
 * One phone's ballot, final: the same choice sent again (a retry after a lost answer) is accepted and
 * stores nothing; another choice from the same phone is refused.
 */
export async function castPhoneBallot(
  ctx: ServiceContext,
  meetingId: string,
  phoneId: string,
  voteId: string,
  projectIds: readonly string[],
): Promise<{ voteId: string; myChoice: string[] }> {
  const at = nowIso(ctx);
  return writePool(ctx, (pool) => {
    const vote = phoneVoteOf(pool, meetingId, voteId);
    const mine = vote.phoneBallots.find((b) => b.phoneId === phoneId);
    if (mine) {
      const same =
        mine.projectIds.length === projectIds.length &&
        projectIds.every((id) => mine.projectIds.includes(id));
      if (same) return { next: pool, result: { voteId, myChoice: [...mine.projectIds] } };
    }
    const problem = ballotProblem(vote, { phoneId, projectIds: [...projectIds] });
    if (problem !== null) {
      throw new AppError(vote.state !== 'open' || mine ? 'conflict' : 'invalid_input', problem);
    }
    const ballot = { phoneId, projectIds: [...projectIds], at };
    const next: ProjectVote = { ...vote, phoneBallots: [...vote.phoneBallots, ballot] };
    return { next: replaceVote(pool, next), result: { voteId, myChoice: [...ballot.projectIds] } };
  });
}

/** The open phone votes of this meeting as this phone sees them (nothing of other phones' choices). */
export function openBallotsFor(ctx: ServiceContext, meetingId: string, phoneId: string): PhoneBallotView[] {
  const pool = readPool(ctx);
  return pool.votes
    .filter((v) => v.state === 'open' && v.method === 'phones' && v.meetingId === meetingId)
    .map((vote) => ({
      voteId: vote.id,
      title: vote.title,
      places: vote.places,
      candidates: vote.candidateIds.flatMap((id) => {
        const project = pool.projects.find((p) => p.id === id);
        return project
          ? [
              {
                projectId: id,
                name: project.name,
                category: CATEGORY_LABELS[project.category],
                town: project.town,
              },
            ]
          : [];
      }),
      myChoice: vote.phoneBallots.find((b) => b.phoneId === phoneId)?.projectIds ?? null,
    }));
}
