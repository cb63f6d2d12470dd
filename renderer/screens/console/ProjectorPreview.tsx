import { useTranslation } from 'react-i18next';
import type { CardView, PresentationState, ReportView } from '../../../shared/domain';
import { CardFrame } from '../../report/CardFrame';

/** What the projector shows for a state: the neutral screen, a blank one, or the card. */
export type Shown =
  { kind: 'neutral' } | { kind: 'black' } | { kind: 'white' } | { kind: 'card'; card: CardView };

export function shownOnProjector(state: PresentationState, visible: readonly CardView[]): Shown {
  if (!state.running) return { kind: 'neutral' };
  if (state.blank !== 'none') return { kind: state.blank };
  // Found by id first, by position when the card went (as the services re-anchor it).
  const card =
    visible.find((c) => c.id === state.cardId) ?? visible[Math.min(state.index, visible.length - 1)];
  return card ? { kind: 'card', card } : { kind: 'neutral' };
}

/** A small live copy of the hall's screen, drawn from the same state the projector follows. */
export function ProjectorPreview({
  shown,
  report,
  width,
}: {
  shown: Shown;
  report: ReportView;
  width: number;
}) {
  const { t } = useTranslation();
  const height =
    (width * (report.settings.layout === '4:3' ? 3 : 9)) / (report.settings.layout === '4:3' ? 4 : 16);
  const label = shown.kind === 'card' ? shown.card.id : shown.kind;
  const box = { width, height, display: 'flex', alignItems: 'center', justifyContent: 'center' } as const;
  return (
    <div
      data-testid="projector-preview"
      data-shown={label}
      role="img"
      aria-label={t('reportConsole.preview.label', {
        what:
          shown.kind === 'card'
            ? shown.card.title || t(`reportConsole.kinds.${shown.card.kind}`)
            : t(`reportConsole.preview.${shown.kind}`),
      })}
      style={{ outline: '1px solid #4b5563', lineHeight: 0 }}
    >
      {shown.kind === 'card' ? (
        <CardFrame card={shown.card} report={report} width={width} mode="projector" />
      ) : shown.kind === 'neutral' ? (
        // The projector's neutral screen at this size: who reports and on what, on black.
        <div
          style={{
            ...box,
            flexDirection: 'column',
            gap: height * 0.04,
            padding: `0 ${width * 0.08}px`,
            background: '#000000',
            textAlign: 'center',
            lineHeight: 1.45,
          }}
        >
          {report.officeName ? (
            <div style={{ color: '#d1d5db', fontSize: height * 0.06, fontWeight: 700 }}>
              {report.officeName}
            </div>
          ) : null}
          {report.meetingTitle ? (
            <div
              style={{ color: '#ffffff', fontSize: height * 0.08, fontWeight: 800, overflowWrap: 'anywhere' }}
            >
              {report.meetingTitle}
            </div>
          ) : null}
        </div>
      ) : (
        <div style={{ ...box, background: shown.kind === 'black' ? '#000' : '#fff' }} />
      )}
    </div>
  );
}
