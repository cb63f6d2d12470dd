import {
  ArrowLeftOutlined,
  ArrowRightOutlined,
  CaretRightOutlined,
  PoweroffOutlined,
  TableOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, ConfigProvider, Result, Space, Spin, theme, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView, PresentationAction, PresentationState, ReportView } from '../../../shared/domain';
import { apiErrorOf } from '../../data/api-failure';
import { call } from '../../data/call';
import { applyPresentationState, usePresentation, useReportView } from '../../data/report-queries';
import { useErrorText } from '../../i18n/use-error-text';
import { CardFrame } from '../../report/CardFrame';
import { useDeckKeys } from '../../report/deck-keys';
import { useNavigation } from '../../shell/navigation';
import { FigureRowsDrawer, type RowsSource } from '../prepare/FigureRowsDrawer';
import { saveStage } from '../workbench/WorkbenchScreen';
import { CardList } from './CardList';
import { LiveSwitches } from './LiveSwitches';
import { ConsoleTimers } from './ConsoleTimers';
import { OpenProjector } from './OpenProjector';
import { ProjectorPreview, shownOnProjector } from './ProjectorPreview';
import { SpeakerNotes } from './SpeakerNotes';
import { useElementSize } from './use-element-size';

const CONSOLE_BG = '#0b1220';
const PANEL_BG = '#111827';

/** The presenter console, full window: what the speaker sees while the hall sees the projector. */
export function ConsoleScreen() {
  const { meetingId } = useNavigation();
  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <App>
        <div
          data-meeting-id={meetingId ?? ''}
          style={{ height: '100vh', background: CONSOLE_BG, color: '#f3f4f6', overflow: 'hidden' }}
        >
          {meetingId ? <ConsoleOf meetingId={meetingId} /> : <BackToWorkbench reason="noMeeting" />}
        </div>
      </App>
    </ConfigProvider>
  );
}

function useLeave(): () => void {
  const { go } = useNavigation();
  return () => {
    saveStage('report');
    go('workbench');
  };
}

function BackToWorkbench({ reason, detail }: { reason: 'noMeeting' | 'empty' | 'failed'; detail?: string }) {
  const { t } = useTranslation();
  const leave = useLeave();
  return (
    <Result
      status={reason === 'failed' ? 'error' : 'info'}
      title={t(`reportConsole.${reason}`)}
      subTitle={detail}
      extra={
        <Button type="primary" icon={<ArrowLeftOutlined />} onClick={leave}>
          {t('reportConsole.back')}
        </Button>
      }
    />
  );
}

function ConsoleOf({ meetingId }: { meetingId: string }) {
  const view = useReportView(meetingId);
  const presentation = usePresentation(meetingId);
  const errorText = useErrorText();
  const failed = view.error ?? presentation.error;
  if (failed) return <BackToWorkbench reason="failed" detail={errorText(apiErrorOf(failed))} />;
  if (!view.data || !presentation.data)
    return (
      <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120 }}>
        <Spin size="large" />
      </div>
    );
  return <Presenting meetingId={meetingId} report={view.data} state={presentation.data} />;
}

function dividerOf(visible: readonly CardView[], card: CardView | undefined) {
  if (!card || card.part === null) return null;
  const dividers = visible.filter((c): c is Extract<CardView, { kind: 'agenda' }> => c.kind === 'agenda');
  return dividers[card.part] ?? null;
}

function Presenting({
  meetingId,
  report,
  state,
}: {
  meetingId: string;
  report: ReportView;
  state: PresentationState;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const leave = useLeave();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [rows, setRows] = useState<RowsSource | null>(null);
  const deck = useDeckKeys(meetingId, {
    onLeave: leave,
    // A dialog or the rows drawer has the keys (Esc closes it) until it is closed.
    enabled: !dialogOpen && rows === null,
    onError: (error) =>
      void message.error(t('reportConsole.actFailed', { message: errorText(apiErrorOf(error)) })),
  });
  const visible = useMemo(() => report.cards.filter((c) => !c.hidden), [report.cards]);
  const hiddenCount = report.cards.length - visible.length;

  // Opening the console is starting the show, as F5 is; a show already running is left where it is.
  // Decided once, on opening: a show stopped later (Esc here or on the projector) stays stopped.
  // Asked afresh, not read from the cache: the builder may have just started the show from its
  // selected card, and its push may not have arrived yet.
  const decided = useRef(false);
  const client = useQueryClient();
  const { act } = deck;
  const hasCards = visible.length > 0;
  useEffect(() => {
    if (decided.current || !hasCards) return;
    decided.current = true;
    void call('presentation.get', { meetingId }).then(
      (fresh) => {
        applyPresentationState(client, fresh);
        if (!fresh.running) void act({ kind: 'start', fromCurrent: false });
      },
      // The cached state stays on screen; F5 still starts the show.
      () => undefined,
    );
  }, [act, client, hasCards, meetingId]);

  if (visible.length === 0) return <BackToWorkbench reason="empty" />;

  const byId = visible.findIndex((c) => c.id === state.cardId);
  const index = byId >= 0 ? byId : Math.min(state.index, visible.length - 1);
  const current = visible[index];
  const next = visible[index + 1];
  const shown = shownOnProjector(state, visible);
  const press = (action: PresentationAction) => (e: MouseEvent<HTMLElement>) => {
    // A remote's Space or Enter must move the deck, not press the last clicked button again.
    e.currentTarget.blur();
    void deck.act(action);
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: '8px 16px',
          borderBottom: '1px solid #1f2937',
          flexWrap: 'wrap',
        }}
      >
        <Typography.Title
          level={1}
          ellipsis
          style={{ fontSize: 17, margin: 0, flex: '1 1 200px', minWidth: 0 }}
        >
          {t('reportConsole.name')} · {report.meetingTitle}
        </Typography.Title>
        <ConsoleTimers state={state} divider={dividerOf(visible, current)} />
        <Space>
          <OpenProjector meetingId={meetingId} onOpenChange={setDialogOpen} />
          <Button
            danger
            icon={<PoweroffOutlined />}
            onClick={(e) => {
              e.currentTarget.blur();
              void deck.act({ kind: 'stop' }).then(leave);
            }}
          >
            {t('reportConsole.end')}
          </Button>
        </Space>
      </header>
      <LiveSwitches meetingId={meetingId} state={state} enabled={!dialogOpen && rows === null} />
      <main
        style={{
          flex: 1,
          minHeight: 0,
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 1fr) clamp(340px, 30vw, 600px)',
          gap: 12,
          padding: 12,
        }}
      >
        <CurrentColumn
          report={report}
          card={current}
          number={index + 1}
          total={visible.length}
          typed={deck.typed}
          state={state}
          press={press}
          onRows={setRows}
        />
        <SideColumn
          report={report}
          next={next}
          shown={shown}
          visible={visible}
          currentId={current?.id ?? null}
          hiddenCount={hiddenCount}
          onPick={(card) => void deck.act({ kind: 'goToCard', cardId: card.id })}
        />
      </main>
      <FigureRowsDrawer meetingId={meetingId} source={rows} onClose={() => setRows(null)} />
    </div>
  );
}

function CurrentColumn({
  report,
  card,
  number,
  total,
  typed,
  state,
  press,
  onRows,
}: {
  report: ReportView;
  card: CardView | undefined;
  number: number;
  total: number;
  typed: string;
  state: PresentationState;
  press: (action: PresentationAction) => (e: MouseEvent<HTMLElement>) => void;
  onRows: (source: RowsSource) => void;
}) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement | null>(null);
  const size = useElementSize(area);
  const ratio = report.settings.layout === '4:3' ? 4 / 3 : 16 / 9;
  const width = Math.floor(Math.max(0, Math.min(size.width, size.height * ratio)));
  return (
    <section
      aria-label={t('reportConsole.current')}
      style={{ display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, gap: 8 }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 12 }}>
        <Typography.Text strong data-testid="console-position">
          {t('reportConsole.position', { n: number, total })}
        </Typography.Text>
        {typed ? (
          <Typography.Text
            data-testid="console-typed"
            style={{ background: '#1d4ed8', color: '#fff', padding: '0 8px', borderRadius: 4 }}
          >
            {t('reportConsole.typed', { n: typed })}
          </Typography.Text>
        ) : null}
      </div>
      <div
        ref={area}
        style={{ flex: 1, minHeight: 0, display: 'flex', justifyContent: 'center', alignItems: 'flex-start' }}
      >
        {card && width > 0 ? (
          <div data-testid="console-current" data-card-id={card.id} style={{ lineHeight: 0 }}>
            <CardFrame card={card} report={report} width={width} mode="preview" />
          </div>
        ) : null}
      </div>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button icon={<ArrowLeftOutlined />} onClick={press({ kind: 'previous' })}>
          {t('reportConsole.previous')}
        </Button>
        <Button
          type="primary"
          icon={<ArrowRightOutlined />}
          iconPlacement="end"
          onClick={press({ kind: 'next' })}
        >
          {t('reportConsole.nextCard')}
        </Button>
        <Button aria-pressed={state.blank === 'black'} onClick={press({ kind: 'blank', blank: 'black' })}>
          {t('reportConsole.black')}
        </Button>
        <Button aria-pressed={state.blank === 'white'} onClick={press({ kind: 'blank', blank: 'white' })}>
          {t('reportConsole.white')}
        </Button>
        {!state.running ? (
          <Button icon={<CaretRightOutlined />} onClick={press({ kind: 'start', fromCurrent: true })}>
            {t('reportConsole.resume')}
          </Button>
        ) : null}
        {card?.kind === 'figure' && card.trace ? (
          <Button
            icon={<TableOutlined />}
            onClick={(e) => {
              e.currentTarget.blur();
              if (card.trace) onRows({ kind: 'figure', figure: card.trace, title: card.label || card.title });
            }}
          >
            {t('reportConsole.rows')}
          </Button>
        ) : null}
        <Typography.Text type="secondary" style={{ alignSelf: 'center', fontSize: 13 }}>
          {t('reportConsole.keysHint')}
        </Typography.Text>
      </div>
      <div style={{ height: 'clamp(130px, 27vh, 320px)', minHeight: 0 }}>
        <SpeakerNotes key={card?.id ?? ''} notes={card?.notes ?? ''} />
      </div>
    </section>
  );
}

function SideColumn({
  report,
  next,
  shown,
  visible,
  currentId,
  hiddenCount,
  onPick,
}: {
  report: ReportView;
  next: CardView | undefined;
  shown: ReturnType<typeof shownOnProjector>;
  visible: readonly CardView[];
  currentId: string | null;
  hiddenCount: number;
  onPick: (card: CardView) => void;
}) {
  const { t } = useTranslation();
  const column = useRef<HTMLDivElement | null>(null);
  const { width } = useElementSize(column);
  const cardWidth = Math.floor(Math.max(0, width));
  const ratio = report.settings.layout === '4:3' ? 3 / 4 : 9 / 16;
  return (
    <aside
      ref={column}
      style={{ display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, gap: 8 }}
    >
      <Typography.Text strong>{t('reportConsole.next')}</Typography.Text>
      <div data-testid="console-next" data-card-id={next?.id ?? ''} style={{ lineHeight: 0 }}>
        {cardWidth > 0 && next ? (
          <CardFrame card={next} report={report} width={cardWidth} mode="preview" />
        ) : (
          <div
            style={{
              height: cardWidth * ratio,
              background: PANEL_BG,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              lineHeight: 1.5,
            }}
          >
            <Typography.Text type="secondary">{t('reportConsole.lastCard')}</Typography.Text>
          </div>
        )}
      </div>
      <div style={{ display: 'flex', gap: 10, alignItems: 'flex-start' }}>
        {cardWidth > 0 ? (
          <ProjectorPreview shown={shown} report={report} width={Math.floor(cardWidth / 2)} />
        ) : null}
        <div style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 0 }}>
          <Typography.Text strong>{t('reportConsole.preview.title')}</Typography.Text>
          <Typography.Text data-testid="preview-status" style={{ fontSize: 13 }}>
            {t(`reportConsole.preview.status.${shown.kind}`)}
          </Typography.Text>
        </div>
      </div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 8 }}>
        <Typography.Text strong>{t('reportConsole.list.title')}</Typography.Text>
        {hiddenCount > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('reportConsole.list.hidden', { count: hiddenCount })}
          </Typography.Text>
        ) : null}
      </div>
      <div style={{ flex: 1, minHeight: 0, display: 'flex', background: PANEL_BG, borderRadius: 6 }}>
        <CardList visible={visible} currentId={currentId} onPick={onPick} />
      </div>
    </aside>
  );
}
