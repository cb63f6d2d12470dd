import type { CommunityRating, FollowUpRow, Scoreboard } from '../../domain';

export interface ScoreboardInput {
  rows: readonly FollowUpRow[];
  ratings: readonly CommunityRating[];
  /** The office's departments in its order: names, and the order of ties. */
  departments: readonly { id: string; name: string }[];
  meetingIds: readonly string[];
  asOf: string;
  rankMinItems: number;
}

/**
 * Per lead department: counts with their denominators, one-week completion, satisfaction over the
 * rated items, community ratings; ranks only for departments with at least rankMinItems items.
 */
export function computeScoreboard(_input: ScoreboardInput): Scoreboard {
  throw new Error('not implemented');
}
