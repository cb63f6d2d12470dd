import type { Output, ParsedInput } from '../../shared/api';
import type { PhoneBallot, PhoneBallotView } from '../../shared/domain';
import { CATEGORY_LABELS } from '../../shared/logic/projects/categories';
import { ballotProblem } from '../../shared/logic/projects/votes';
import { AppError } from '../api/app-error';
import { readPool, writePool } from './project-pool-store';
import { nowIso, type ServiceContext } from './service-context';

/** 差额票决 of a batch's candidates: tallies entered by staff, or one ballot per phone through the gateway. */

const todo = (): never => {
  throw new Error('not implemented');
};

export async function createVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.create'>,
): Promise<Output<'projects.votes.create'>> {
  void ctx;
  void input;
  return todo();
}

export async function tallyVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.tally'>,
): Promise<Output<'projects.votes.tally'>> {
  void ctx;
  void input;
  return todo();
}

export async function closeVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.close'>,
): Promise<Output<'projects.votes.close'>> {
  void ctx;
  void input;
  return todo();
}

export async function publicVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.public'>,
): Promise<Output<'projects.votes.public'>> {
  void ctx;
  void input;
  return todo();
}

/* ---- phones: the residents' phones gateway casts ballots here ---- */

const NO_PHONE_VOTE = '找不到这次手机票决，它可能已结束或不属于本场报告会，请刷新页面';

function sameChoice(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/**
 * The phone votes of this meeting that are open, as one phone sees them: names, category and 街镇 of
 * each candidate (nothing else of a project), and what this phone chose (null before it voted).
 */
export function openBallotsFor(ctx: ServiceContext, meetingId: string, phoneId: string): PhoneBallotView[] {
  const pool = readPool(ctx);
  const projects = new Map(pool.projects.map((p) => [p.id, p]));
  return pool.votes
    .filter((v) => v.state === 'open' && v.method === 'phones' && v.meetingId === meetingId)
    .map((v) => ({
      voteId: v.id,
      title: v.title,
      places: v.places,
      candidates: v.candidateIds.map((id) => {
        const project = projects.get(id);
        return {
          projectId: id,
          name: project?.name ?? '—',
          category: project ? CATEGORY_LABELS[project.category] : '',
          town: project?.town ?? '',
        };
      }),
      myChoice: v.phoneBallots.find((b) => b.phoneId === phoneId)?.projectIds ?? null,
    }));
}

/**
 * One phone's ballot, stored once: the same choice sent again (a retry over the hall's Wi-Fi) answers
 * what is stored and writes nothing; a different second ballot, a closed vote, a project that is not
 * a candidate and more choices than places are refused.
 */
export async function castPhoneBallot(
  ctx: ServiceContext,
  meetingId: string,
  phoneId: string,
  voteId: string,
  projectIds: readonly string[],
): Promise<{ voteId: string; myChoice: string[] }> {
  return writePool(ctx, (pool) => {
    const vote = pool.votes.find((v) => v.id === voteId);
    if (!vote || vote.method !== 'phones' || vote.meetingId !== meetingId) {
      throw new AppError('not_found', NO_PHONE_VOTE);
    }
    const previous = vote.phoneBallots.find((b) => b.phoneId === phoneId);
    if (previous && sameChoice(previous.projectIds, projectIds)) {
      return { next: pool, result: { voteId, myChoice: [...previous.projectIds] } };
    }
    const problem = ballotProblem(vote, { phoneId, projectIds: [...projectIds] });
    if (problem !== null) throw new AppError('invalid_input', problem);
    const ballot: PhoneBallot = { phoneId, projectIds: [...projectIds], at: nowIso(ctx) };
    const next = {
      ...pool,
      votes: pool.votes.map((v) =>
        v.id === voteId ? { ...v, phoneBallots: [...v.phoneBallots, ballot] } : v,
      ),
    };
    return { next, result: { voteId, myChoice: [...projectIds] } };
  });
}
