import { useTranslation } from 'react-i18next';
import type { PublicVote } from '../../../shared/domain';
import { usePublicVote } from '../../data/project-queries';
import { PRIMARY_MIN_PX } from '../../report/card-style';
import { LIVE_COLORS } from './live-style';
import { PanelFrame } from './PanelFrame';
import { useFittingRows } from './use-fitting-rows';
import { voteRows, type VoteRow as Row } from './vote-rows';

/** 当选 on the dark green of a commitment, 并列 on the warning amber: both well above 7:1. */
const MARK = {
  chosen: { background: LIVE_COLORS.commitmentBox, color: LIVE_COLORS.onDark },
  tied: { background: LIVE_COLORS.warningBox, color: LIVE_COLORS.onWarning },
} as const;
const BAR = { chosen: LIVE_COLORS.commitmentBox, other: '#9ca3af', track: '#e5e7eb' } as const;

function RankRow({ row, max }: { row: Row; max: number }) {
  const { t } = useTranslation();
  const share = row.votes === null || max === 0 ? 0 : row.votes / max;
  return (
    <div
      data-live-row
      data-testid="live-vote-row"
      data-chosen={row.mark === 'chosen' ? 'true' : 'false'}
      style={{ display: 'contents' }}
    >
      <div style={{ textAlign: 'right', fontWeight: 800, fontVariantNumeric: 'tabular-nums' }}>
        {row.rank ?? '·'}
      </div>
      <div style={{ minWidth: 0, overflowWrap: 'anywhere', fontWeight: 700 }}>
        {row.name}
        {row.town ? (
          <span
            data-legibility="secondary"
            style={{ fontSize: 40, fontWeight: 400, color: LIVE_COLORS.onLightSecondary }}
          >
            {' '}
            {row.town}
          </span>
        ) : null}
      </div>
      {row.votes === null ? null : (
        <>
          <div style={{ height: 40, background: BAR.track, borderRadius: 6, alignSelf: 'center' }}>
            <div
              data-testid="live-vote-bar"
              style={{
                width: `${Math.round(share * 1000) / 10}%`,
                height: '100%',
                borderRadius: 6,
                background: row.mark === 'chosen' ? BAR.chosen : BAR.other,
              }}
            />
          </div>
          <div style={{ textAlign: 'right', fontWeight: 800, whiteSpace: 'nowrap' }}>
            {t('projectVote.projector.votes', { count: row.votes })}
          </div>
          <div>
            {row.mark ? (
              <span
                style={{
                  ...MARK[row.mark],
                  borderRadius: 10,
                  padding: '0 16px',
                  fontWeight: 800,
                  whiteSpace: 'nowrap',
                }}
              >
                {t(row.mark === 'chosen' ? 'projectVote.projector.chosen' : 'projectVote.projector.tied')}
              </span>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}

function VoteBody({ vote }: { vote: PublicVote }) {
  const { t } = useTranslation();
  const rows = voteRows(vote);
  const { box, rows: fitting } = useFittingRows(JSON.stringify(rows));
  const shown = rows.slice(0, fitting);
  const closed = vote.state === 'closed' && vote.result !== null;
  const max = Math.max(0, ...rows.map((r) => r.votes ?? 0));
  const separator = t('projectVote.projector.separator');
  const tied = rows.filter((r) => r.mark === 'tied').map((r) => r.name);
  const secondary = { fontSize: 40, color: LIVE_COLORS.onLightSecondary } as const;
  return (
    <>
      {closed ? null : (
        <div
          data-legibility="primary"
          data-testid="live-vote-open"
          style={{ fontSize: 72, fontWeight: 800, color: LIVE_COLORS.accent, flex: 'none' }}
        >
          {t('projectVote.projector.inProgress')}
        </div>
      )}
      <div
        ref={box}
        data-legibility="primary"
        data-row-count={shown.length}
        style={{
          fontSize: PRIMARY_MIN_PX,
          display: 'grid',
          gridTemplateColumns: closed
            ? 'auto minmax(0, 1.4fr) minmax(0, 1fr) auto auto'
            : 'auto minmax(0, 1fr)',
          alignContent: 'start',
          alignItems: 'baseline',
          columnGap: 24,
          rowGap: 10,
          flex: '1 1 0',
          minHeight: 0,
        }}
      >
        {shown.map((row) => (
          <RankRow key={row.projectId} row={row} max={max} />
        ))}
      </div>
      {rows.length > shown.length ? (
        <div data-legibility="secondary" style={{ ...secondary, fontWeight: 700, flex: 'none' }}>
          {t('projectVote.projector.more', { count: rows.length - shown.length })}
        </div>
      ) : null}
      {closed && vote.result ? (
        <footer
          data-testid="live-vote-footer"
          style={{ flex: 'none', borderTop: `3px solid ${LIVE_COLORS.rule}`, paddingTop: 8 }}
        >
          {vote.result.margin !== null ? (
            <div
              data-legibility="primary"
              data-testid="live-vote-margin"
              style={{ fontSize: PRIMARY_MIN_PX, fontWeight: 800 }}
            >
              {t('projectVote.projector.margin', { count: vote.result.margin })}
            </div>
          ) : null}
          {tied.length > 0 ? (
            <div
              data-legibility="primary"
              data-testid="live-vote-ties"
              style={{ fontSize: PRIMARY_MIN_PX, fontWeight: 800, color: LIVE_COLORS.onWarning }}
            >
              {t('projectVote.projector.ties', {
                names: tied.join(separator),
                places: vote.result.placesOpen,
              })}
            </div>
          ) : null}
          <div data-legibility="secondary" style={secondary}>
            {[
              vote.counters.length > 0
                ? t('projectVote.projector.counters', { names: vote.counters.join(separator) })
                : null,
              vote.voters !== null ? t('projectVote.projector.voters', { count: vote.voters }) : null,
              vote.method === 'phones'
                ? t('projectVote.projector.ballots', { count: vote.result.ballots })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
        </footer>
      ) : null}
    </>
  );
}

/**
 * 差额票决 on the projector, in place of the card: the vote's title, its batch, places and
 * candidates; while it runs, the candidates only (a count shown mid-vote would sway the rest); once
 * closed, the ranking with each count as a bar, 当选 marked, the margin, a tie at the cutoff and who
 * counted. Only projects.votes.public reaches it: names and counts, nothing personal.
 */
export function VotePanel({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const vote = usePublicVote(voteId).data;
  return (
    <PanelFrame
      testId="live-panel-vote"
      title={vote?.title ?? t('projectVote.title')}
      period={
        vote
          ? `${vote.batchName} · ${t('projectVote.projector.places', {
              places: vote.places,
              candidates: vote.candidates.length,
            })}`
          : t('projectVote.projector.loading')
      }
    >
      {vote ? <VoteBody vote={vote} /> : null}
    </PanelFrame>
  );
}
