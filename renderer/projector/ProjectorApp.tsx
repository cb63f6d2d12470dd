import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresentation, useReportView } from '../data/report-queries';
import { useLanguageSync } from '../i18n/use-language';
import { CARD_FONT, nativeSize } from '../report/card-style';
import { CardFrame } from '../report/CardFrame';
import { useDeckKeys } from '../report/deck-keys';
import { LiveLayer } from './live/LiveLayer';
import { NeutralScreen } from './NeutralScreen';
import { mountedWindow, shownCardIndex } from './shown-card';
import { useProjectorZoom } from './projector-zoom';
import { fittedCardWidth, useWindowSize } from './use-window-size';
import { isRefused, RefusedToken, ViewGate } from './ViewGate';

function ProjectorScreen({ meetingId }: { meetingId: string }) {
  useLanguageSync();
  useDeckKeys(meetingId);
  const { t } = useTranslation();
  const view = useReportView(meetingId);
  const presentation = usePresentation(meetingId);
  const windowSize = useWindowSize();
  const { zoom, hint } = useProjectorZoom();
  const report = view.data;
  const state = presentation.data;

  useEffect(() => {
    document.title = t('reportCard.projector.documentTitle', { title: report?.meetingTitle ?? '' });
  }, [report?.meetingTitle, t]);

  const visible = useMemo(() => report?.cards.filter((c) => !c.hidden) ?? [], [report]);
  if (isRefused(view.error) || isRefused(presentation.error)) return <RefusedToken />;

  const index = shownCardIndex(visible, state);
  const blank = state?.blank ?? 'none';
  const screen =
    !report || !state ? 'loading' : blank !== 'none' ? blank : index === null ? 'neutral' : 'card';
  const native = nativeSize(report?.settings.layout ?? '16:9');
  const width = fittedCardWidth(windowSize, native, zoom);
  // The cards either side stay mounted, laid out and drawn, so a step swaps visibility and nothing
  // is laid out anew on the projector: no flicker, no jump.
  const mounted = mountedWindow(visible, index);
  const current = index === null ? null : visible[index];

  return (
    <div
      data-testid="projector"
      data-screen={screen}
      data-current-card-id={screen === 'card' ? current?.id : undefined}
      data-current-card-kind={screen === 'card' ? current?.kind : undefined}
      style={{
        position: 'fixed',
        inset: 0,
        background: '#000000',
        overflow: 'hidden',
        fontFamily: CARD_FONT,
        cursor: 'none',
        userSelect: 'none',
      }}
    >
      {report &&
        mounted.map((card) => (
          <div
            key={card.id}
            data-projector-slot={card.id === current?.id ? 'current' : 'standby'}
            style={{
              position: 'absolute',
              left: '50%',
              top: '50%',
              transform: 'translate(-50%, -50%)',
              visibility: card.id === current?.id && screen === 'card' ? 'visible' : 'hidden',
            }}
          >
            <CardFrame card={card} report={report} width={width} mode="projector" />
          </div>
        ))}
      {screen === 'neutral' && report && (
        <NeutralScreen officeName={report.officeName} meetingTitle={report.meetingTitle} />
      )}
      {state && screen !== 'black' && screen !== 'white' && screen !== 'loading' && (
        <LiveLayer meetingId={meetingId} state={state} native={native} width={width} />
      )}
      {(screen === 'black' || screen === 'white') && (
        <div
          data-testid="projector-blank"
          style={{ position: 'absolute', inset: 0, background: screen === 'white' ? '#ffffff' : '#000000' }}
        />
      )}
      {view.isError && !report && (
        <div
          style={{
            position: 'absolute',
            inset: 0,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            color: '#ffffff',
            fontSize: '4vh',
            padding: '0 8vw',
          }}
        >
          {t('reportCard.projector.loadFailed', { message: view.error.message })}
        </div>
      )}
      {hint !== null && (
        <div
          data-testid="projector-zoom"
          style={{
            position: 'absolute',
            right: '3vh',
            bottom: '3vh',
            background: '#111827',
            color: '#ffffff',
            border: '2px solid #ffffff',
            borderRadius: 8,
            padding: '1vh 2vh',
            fontSize: '4vh',
          }}
        >
          {t('reportCard.projector.zoom', { percent: hint })}
        </div>
      )}
    </div>
  );
}

/**
 * The projector window: the shown card, scaled to fill the screen (letterboxed on black), following
 * the presentation over the event stream. It holds only the report's view, which carries nothing
 * personal, so no resident's name or phone can reach the wall.
 */
export function ProjectorApp({ meetingId }: { meetingId: string }) {
  return (
    <ViewGate>
      <ProjectorScreen meetingId={meetingId} />
    </ViewGate>
  );
}
