import type { ParsedInput } from '../../shared/api';
import type { PartScore, ScoreSheet } from '../../shared/domain';
import { scoreParts, scoreSheet } from '../../shared/logic/live/score-sheet';
import { invalid } from './live-refusals';
import { readLive, updateLive } from './live-record';
import { getReport } from './report-service';
import { nowIso, type ServiceContext } from './service-context';

/** 群众打分 per report part: the operator's show-of-hands tally (residents' phones add theirs once they can join). */

export function getScores(ctx: ServiceContext, meetingId: string): ScoreSheet {
  const { record } = readLive(ctx, meetingId);
  return scoreSheet(getReport(ctx, meetingId).cards, record.scores);
}

export async function setScore(ctx: ServiceContext, input: ParsedInput<'scores.set'>): Promise<ScoreSheet> {
  const { meetingId, partId, hands, by } = input;
  const cards = getReport(ctx, meetingId).cards;
  const parts = scoreParts(cards);
  const stored = await updateLive(ctx, meetingId, ({ record }) => {
    const part = parts.find((p) => p.partId === partId) ?? record.scores.find((s) => s.partId === partId);
    if (!part) {
      throw invalid('partId', `找不到要打分的报告部分（${partId}），成绩单可能刚被修改，请刷新后再试`);
    }
    const previous = record.scores.find((s) => s.partId === partId);
    const score: PartScore = {
      partId,
      title: previous?.title ?? part.title,
      hands,
      phones: previous?.phones ?? { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
      updatedAt: nowIso(ctx),
      updatedBy: by,
    };
    const scores = previous
      ? record.scores.map((s) => (s.partId === partId ? score : s))
      : [...record.scores, score];
    return { record: { ...record, scores }, result: scores };
  });
  return scoreSheet(cards, stored);
}
