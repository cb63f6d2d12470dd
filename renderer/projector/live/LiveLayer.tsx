import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LivePublicView, PresentationState, PublicCommitment } from '../../../shared/domain';
import { useLivePublic } from '../../data/live-queries';
import { CARD_FONT, type NativeSize } from '../../report/card-style';
import { CommitmentOverlay } from './CommitmentOverlay';
import { CountdownOverlay } from './CountdownOverlay';
import { JoinOverlay } from './JoinOverlay';
import { LIVE_COLORS, LIVE_GAP, LIVE_PAD } from './live-style';
import { ModerationPanel } from './ModerationPanel';
import { QuestionOverlay } from './QuestionOverlay';
import { ScoresResultPanel } from './ScoresResultPanel';
import { SummaryPanel } from './SummaryPanel';
import { useBoxHeight } from './use-box-height';
import { VotePanel } from './VotePanel';

/** The commitment the presentation picked, else the one the public view offers (the latest made). */
function shownCommitment(
  view: LivePublicView | undefined,
  state: PresentationState,
): PublicCommitment | null {
  if (!view) return null;
  const picked =
    state.commitmentId === null ? null : view.commitments.find((c) => c.id === state.commitmentId);
  return picked ?? view.commitment;
}

function RehearsalMark() {
  const { t } = useTranslation();
  return (
    <div
      data-testid="live-rehearsal"
      data-legibility="secondary"
      style={{
        position: 'absolute',
        top: 0,
        left: '50%',
        transform: 'translateX(-50%)',
        background: LIVE_COLORS.rehearsal,
        color: LIVE_COLORS.onDark,
        fontSize: 40,
        fontWeight: 800,
        padding: '2px 28px',
        borderRadius: '0 0 12px 12px',
        letterSpacing: '0.2em',
      }}
    >
      {t('live.rehearsalMark')}
    </div>
  );
}

/** Space left under the top row for the question, measured, so the text gets all of it. */
function BottomRoom({ children }: { children: (room: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const room = useBoxHeight(ref);
  return (
    <div
      ref={ref}
      style={{
        flex: '1 1 0',
        minHeight: 0,
        minWidth: 0,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'flex-end',
      }}
    >
      {room > 0 ? children(room) : null}
    </div>
  );
}

function Overlays({
  view,
  state,
  silent,
}: {
  view: LivePublicView | undefined;
  state: PresentationState;
  silent: boolean;
}) {
  const { overlays } = state;
  const question = overlays.question ? (view?.current ?? null) : null;
  const commitment = overlays.commitment ? shownCommitment(view, state) : null;
  const join = overlays.join ? (
    <JoinOverlay wifi={view?.wifi ?? null} joinUrl={view?.joinUrl ?? null} />
  ) : null;
  const countdown = overlays.countdown ? (
    <CountdownOverlay countdown={state.countdown} silent={silent} />
  ) : null;
  const questionBox = question
    ? (room: number) => <QuestionOverlay key={question.id} question={question} room={room} />
    : null;
  const frame = {
    position: 'absolute',
    inset: 0,
    padding: LIVE_PAD,
    boxSizing: 'border-box',
    display: 'flex',
    gap: LIVE_GAP,
  } as const;
  if (!question && !commitment && !join && !countdown) return null;
  if (commitment)
    // The commitment takes the right-hand column under the countdown; the question and the join
    // box share the left, so no overlay covers another.
    return (
      <div data-testid="live-overlays" style={frame}>
        <div style={{ flex: '1 1 0', minWidth: 0, display: 'flex', flexDirection: 'column', gap: LIVE_GAP }}>
          {join}
          {questionBox ? <BottomRoom>{questionBox}</BottomRoom> : null}
        </div>
        <div
          style={{ flex: '0 0 55%', minWidth: 0, display: 'flex', flexDirection: 'column', gap: LIVE_GAP }}
        >
          {countdown ? <div style={{ display: 'flex', justifyContent: 'flex-end' }}>{countdown}</div> : null}
          <CommitmentOverlay commitment={commitment} />
        </div>
      </div>
    );
  return (
    <div data-testid="live-overlays" style={{ ...frame, flexDirection: 'column' }}>
      {join || countdown ? (
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'flex-start',
            gap: LIVE_GAP,
            flex: 'none',
          }}
        >
          {join ?? <span />}
          {countdown}
        </div>
      ) : null}
      {questionBox ? <BottomRoom>{questionBox}</BottomRoom> : null}
    </div>
  );
}

/**
 * What the hall sees of the live record, over the card (or the neutral screen): overlays for the
 * question on screen, the speaker countdown, a commitment just made and the join details, or a
 * full-screen panel in place of the card. It is laid out at the card's native size and scaled with
 * it, so it reads the same on every screen. Its only source is live.public, which carries nothing
 * personal; a panel hides the overlays, so nothing covers its figures.
 */
export function LiveLayer({
  meetingId,
  state,
  native,
  width,
  silent = false,
}: {
  meetingId: string;
  state: PresentationState;
  /** The card's native size (1920×1080 or 1440×1080). */
  native: NativeSize;
  /** On-screen width of the card. */
  width: number;
  /** A console's preview of the hall: no tone from there. */
  silent?: boolean;
}) {
  const view = useLivePublic(meetingId).data;
  const anyOverlay = Object.values(state.overlays).some(Boolean);
  if (!anyOverlay && state.panel === 'none' && !view?.rehearsal) return null;
  const scale = width / native.width;
  return (
    <div
      data-testid="live-layer"
      data-panel={state.panel}
      style={{
        position: 'absolute',
        left: '50%',
        top: '50%',
        transform: 'translate(-50%, -50%)',
        width,
        height: native.height * scale,
        overflow: 'hidden',
        pointerEvents: 'none',
      }}
    >
      <div
        data-live-native
        style={{
          width: native.width,
          height: native.height,
          transform: scale === 1 ? undefined : `scale(${scale})`,
          transformOrigin: '0 0',
          position: 'relative',
          fontFamily: CARD_FONT,
          lineHeight: 1.45,
        }}
      >
        {state.panel === 'moderation' ? <ModerationPanel view={view} /> : null}
        {state.panel === 'scores' ? <ScoresResultPanel view={view} /> : null}
        {state.panel === 'summary' ? <SummaryPanel view={view} /> : null}
        {state.panel === 'vote' && state.voteId ? <VotePanel voteId={state.voteId} /> : null}
        {state.panel === 'none' ? <Overlays view={view} state={state} silent={silent} /> : null}
        {view?.rehearsal ? <RehearsalMark /> : null}
      </div>
    </div>
  );
}
