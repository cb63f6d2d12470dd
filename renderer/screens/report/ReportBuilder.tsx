import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CopyOutlined,
  DeleteOutlined,
  DownOutlined,
  EyeInvisibleOutlined,
  EyeOutlined,
  FilePdfOutlined,
  FileImageOutlined,
  PlayCircleOutlined,
  PlusOutlined,
  RedoOutlined,
  ReloadOutlined,
  SearchOutlined,
  SettingOutlined,
  ThunderboltOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card as AntCard,
  Dropdown,
  Empty,
  Modal,
  Space,
  Tooltip,
  Typography,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardKind, type Card, type CardView, type ReportSettings } from '../../../shared/domain';
import { connection } from '../../api';
import { call } from '../../data/call';
import { useReportView } from '../../data/report-queries';
import { useRunner } from '../../data/use-runner';
import { renderCardPng } from '../../report/png-export';
import { FigureRowsDrawer, type RowsSource } from '../prepare/FigureRowsDrawer';
import type { Snapshot } from './card-history';
import {
  blankCard,
  duplicateCard,
  insertCard,
  moveCard,
  moveCardTo,
  newCardId,
  removeCard,
  replaceCard,
} from './card-ops';
import { CardEditor } from './CardEditor';
import { CardList } from './CardList';
import { Frame } from './Frame';
import { LegibilityPanel } from './LegibilityPanel';
import { withLocalText } from './local-view';
import { viewAddress } from '../../projector/view-route';
import { pngFileName } from './png-file-name';
import { SaveStatusTag } from './SaveStatusTag';
import { SettingsDrawer } from './SettingsDrawer';
import { useBuilderKeys } from './use-builder-keys';
import { useLegibility } from './use-legibility';
import { useMeasuredWidth } from './use-measured-width';
import { usePresent } from './use-present';
import type { ReportEditor } from './use-report-editor';

const UNDO_SECONDS = 10;
/** Below this width the editor goes under the preview instead of beside it. */
const THREE_COLUMNS_FROM = 1040;
const LIST_WIDTH = 232;
/** A wide preview is no clearer: beyond this the room goes to the editor. */
const MAX_PREVIEW_WIDTH = 1000;

export function ReportBuilder({
  meetingId,
  editor,
  present: snapshot,
}: {
  meetingId: string;
  editor: ReportEditor;
  present: Snapshot;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const view = useReportView(meetingId);
  const cards = snapshot.cards;
  /** The chosen card, and where it was: a removed card leaves the selection on its neighbour. */
  const [selection, setSelection] = useState<{ id: string | null; index: number }>({
    id: cards[0]?.id ?? null,
    index: 0,
  });
  const [dragging, setDragging] = useState(false);
  const [washedOut, setWashedOut] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [redraftOpen, setRedraftOpen] = useState(false);
  const [rows, setRows] = useState<RowsSource | null>(null);
  const [exporting, setExporting] = useState<CardView | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const [measure, width] = useMeasuredWidth();

  const found = cards.findIndex((c) => c.id === selection.id);
  const selectedIndex = found >= 0 ? found : Math.min(selection.index, cards.length - 1);
  const selected = cards[selectedIndex] ?? null;
  const selectedId = selected?.id ?? null;
  const setSelectedId = useCallback(
    (id: string | null) =>
      setSelection({
        id,
        index: Math.max(
          0,
          cards.findIndex((c) => c.id === id),
        ),
      }),
    [cards],
  );

  const report = view.data;
  const queryClient = useQueryClient();
  const viewOf = useCallback(
    (card: Card | null): CardView | null => {
      const found = card ? report?.cards.find((v) => v.id === card.id) : undefined;
      return found && card ? withLocalText(found, card) : null;
    },
    [report],
  );
  const selectedView = viewOf(selected);
  const legibility = useLegibility(report);

  const updateCards = editor.updateCards;
  const select = (delta: number) => {
    const next = cards[Math.max(0, Math.min(cards.length - 1, selectedIndex + delta))];
    if (next) setSelectedId(next.id);
  };
  const move = (delta: number) => {
    if (selected) updateCards((list) => moveCard(list, selected.id, delta));
  };
  const duplicate = () => {
    if (!selected) return;
    const id = newCardId();
    updateCards((list) => duplicateCard(list, selected.id, id));
    setSelection({ id, index: selectedIndex + 1 });
  };
  const toggleHidden = () => {
    if (selected) updateCards((list) => replaceCard(list, { ...selected, hidden: !selected.hidden }));
  };
  const add = (kind: CardKind) => {
    const card = blankCard(kind, newCardId(), t(`reportBuilder.kind.${kind}`));
    updateCards((list) => insertCard(list, card, selectedId));
    setSelection({ id: card.id, index: selectedIndex + 1 });
  };
  const remove = () => {
    if (!selected) return;
    const index = selectedIndex;
    const card = selected;
    setSelection({ id: card.id, index });
    updateCards((list) => removeCard(list, card.id));
    const key = `card-deleted-${card.id}`;
    void message.open({
      key,
      type: 'info',
      duration: UNDO_SECONDS,
      content: (
        <span>
          {t('reportBuilder.deleted', { title: card.title || t(`reportBuilder.kind.${card.kind}`) })}{' '}
          <Button
            type="link"
            size="small"
            onClick={() => {
              message.destroy(key);
              // Put back where it was, even after other edits since (then it is a step of its own).
              updateCards((list) =>
                list.some((c) => c.id === card.id)
                  ? list
                  : [...list.slice(0, index), card, ...list.slice(index)],
              );
              setSelectedId(card.id);
            }}
          >
            {t('reportBuilder.undo')}
          </Button>
        </span>
      ),
    });
  };

  const { present, dialog: presentDialog } = usePresent({
    meetingId,
    cards,
    selectedId,
    flush: editor.flush,
    addShortcoming: () => add('shortcoming'),
  });

  useBuilderKeys(
    root,
    {
      select,
      move,
      duplicate,
      toggleHidden,
      remove,
      undo: editor.undo,
      redo: editor.redo,
      present,
    },
    dragging,
  );

  const redraft = async (how: 'replace' | 'append') => {
    const draft = await run(() => call('report.draft', { meetingId }));
    setRedraftOpen(false);
    if (!draft) return;
    updateCards((list) => (how === 'replace' ? draft.cards : [...list, ...draft.cards]));
    setSelectedId(draft.cards[0]?.id ?? null);
    void message.success(t(`reportBuilder.redraft.done.${how}`, { count: draft.cards.length }));
  };

  const exportPdf = async () => {
    if (!(await editor.flush())) {
      void message.error(t('reportBuilder.present.unsaved'));
      return;
    }
    const result = await run(() => call('report.exportPdf', { meetingId }));
    if (!result) return;
    if (!result.supported) {
      const token = connection.kind === 'host' ? connection.token : null;
      window.open(viewAddress(window.location, { view: 'print', meetingId }, token), '_blank', 'noopener');
      void message.info(t('reportBuilder.export.printWindow'));
    } else if (result.saved) void message.success(t('reportBuilder.export.pdfSaved', { path: result.saved }));
  };

  const exportPng = async (card: CardView) => {
    if (!report) return;
    setExporting(card);
    try {
      const blob = await renderCardPng(card, report, queryClient);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = pngFileName(card.title, t(`reportBuilder.kind.${card.kind}`));
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      void message.error(t('reportBuilder.export.pngFailed'));
    } finally {
      setExporting(null);
    }
  };

  const threeColumns = width >= THREE_COLUMNS_FROM;
  const editorWidth = width >= 1500 ? 420 : 360;
  const previewWidth = Math.min(
    MAX_PREVIEW_WIDTH,
    Math.max(280, Math.floor((threeColumns ? width - LIST_WIDTH - editorWidth : width - LIST_WIDTH) - 40)),
  );

  const traceOf = (v: CardView | null): (() => void) | null => {
    if (v?.kind !== 'figure' || v.trace === null) return null;
    const figure = v.trace;
    return () => setRows({ kind: 'figure', figure, title: v.label || v.title });
  };

  const addMenu = useMemo(
    () => CardKind.options.map((kind) => ({ key: kind, label: t(`reportBuilder.kind.${kind}`) })),
    [t],
  );

  return (
    <div ref={root}>
      <div ref={measure}>
        {editor.status.kind === 'conflict' ? <ConflictBanner editor={editor} /> : null}
        {editor.status.kind === 'invalid' || editor.status.kind === 'failed' ? (
          <Alert
            type={editor.status.kind === 'invalid' ? 'warning' : 'error'}
            showIcon
            style={{ marginBottom: 12 }}
            title={editor.status.message}
          />
        ) : null}
        <div
          role="toolbar"
          aria-label={t('reportBuilder.toolbar')}
          style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginBottom: 12 }}
        >
          <Dropdown menu={{ items: addMenu, onClick: ({ key }) => add(CardKind.parse(key)) }}>
            <Button icon={<PlusOutlined />}>
              {t('reportBuilder.add')} <DownOutlined />
            </Button>
          </Dropdown>
          <Space.Compact>
            <Tooltip title={t('reportBuilder.undoHint')}>
              <Button
                icon={<UndoOutlined />}
                disabled={!editor.canUndo}
                onClick={editor.undo}
                aria-label={t('reportBuilder.undo')}
              >
                {t('reportBuilder.undo')}
              </Button>
            </Tooltip>
            <Tooltip title={t('reportBuilder.redoHint')}>
              <Button
                icon={<RedoOutlined />}
                disabled={!editor.canRedo}
                onClick={editor.redo}
                aria-label={t('reportBuilder.redo')}
              >
                {t('reportBuilder.redo')}
              </Button>
            </Tooltip>
          </Space.Compact>
          <Button icon={<ThunderboltOutlined />} onClick={() => setRedraftOpen(true)}>
            {t('reportBuilder.redraft.button')}
          </Button>
          <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)}>
            {t('reportBuilder.settings.button')}
          </Button>
          <Button
            icon={<FileImageOutlined />}
            disabled={!selectedView || exporting !== null}
            loading={exporting !== null}
            onClick={() => selectedView && void exportPng(selectedView)}
          >
            {t('reportBuilder.export.png')}
          </Button>
          <Button icon={<FilePdfOutlined />} onClick={() => void exportPdf()}>
            {t('reportBuilder.export.pdf')}
          </Button>
          <span style={{ marginInlineStart: 'auto' }}>
            <SaveStatusTag status={editor.status} onRetry={editor.retry} />
          </span>
          <Space.Compact>
            <Tooltip title="F5">
              <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => present(false)}>
                {t('reportBuilder.present.button')}
              </Button>
            </Tooltip>
            <Dropdown
              menu={{
                items: [{ key: 'current', label: t('reportBuilder.present.fromCurrent') }],
                onClick: () => present(true),
              }}
            >
              <Button type="primary" icon={<DownOutlined />} aria-label={t('reportBuilder.present.more')} />
            </Dropdown>
          </Space.Compact>
        </div>

        <div
          style={{
            display: 'grid',
            gridTemplateColumns: threeColumns
              ? `${LIST_WIDTH}px minmax(0, 1fr) ${editorWidth}px`
              : `${LIST_WIDTH}px minmax(0, 1fr)`,
            gap: 16,
            alignItems: 'start',
          }}
        >
          <nav
            aria-label={t('reportBuilder.list.label')}
            style={{
              maxHeight: 'calc(100vh - 120px)',
              overflowY: 'auto',
              position: 'sticky',
              top: 8,
              paddingInlineEnd: 4,
            }}
          >
            <CardList
              cards={cards}
              report={report}
              selectedId={selectedId}
              issues={legibility.issues}
              washedOut={washedOut}
              onSelect={setSelectedId}
              onMove={(from, to) => updateCards((list) => moveCardTo(list, from, to))}
              onDragging={setDragging}
            />
          </nav>
          <div style={{ minWidth: 0 }}>
            {selected ? (
              <>
                <SelectedActions
                  card={selected}
                  index={selectedIndex}
                  count={cards.length}
                  onMove={move}
                  onDuplicate={duplicate}
                  onToggleHidden={toggleHidden}
                  onRemove={remove}
                />
                <div
                  aria-label={t('reportBuilder.preview')}
                  role="region"
                  style={{
                    border: '1px solid #e5e8ee',
                    borderRadius: 6,
                    overflow: 'hidden',
                    width: 'fit-content',
                    maxWidth: '100%',
                  }}
                >
                  {selectedView && report ? (
                    <Frame
                      card={selectedView}
                      report={report}
                      width={previewWidth}
                      mode="preview"
                      simulateWashedOut={washedOut}
                    />
                  ) : (
                    <div
                      style={{
                        width: previewWidth,
                        aspectRatio: snapshot.settings.layout === '4:3' ? '4 / 3' : '16 / 9',
                        display: 'grid',
                        placeItems: 'center',
                        background: '#f5f5f5',
                      }}
                    >
                      {t('reportBuilder.list.notYetSaved')}
                    </div>
                  )}
                </div>
                {traceOf(selectedView) ? (
                  <Button
                    icon={<SearchOutlined />}
                    style={{ marginTop: 8 }}
                    onClick={traceOf(selectedView) ?? undefined}
                  >
                    {t('reportBuilder.trace')}
                  </Button>
                ) : null}
                {selected.notes ? (
                  <Typography.Paragraph type="secondary" style={{ marginTop: 8, whiteSpace: 'pre-wrap' }}>
                    {t('reportBuilder.notesShown', { notes: selected.notes })}
                  </Typography.Paragraph>
                ) : null}
                {!threeColumns ? (
                  <AntCard size="small" style={{ marginTop: 12 }} title={t('reportBuilder.editor.title')}>
                    <CardEditor
                      card={selected}
                      meetingId={meetingId}
                      onTrace={traceOf(selectedView)}
                      onChange={(card, group) => updateCards((list) => replaceCard(list, card), group)}
                    />
                  </AntCard>
                ) : null}
              </>
            ) : (
              <Empty description={t('reportBuilder.noneSelected')} />
            )}
            <div style={{ marginTop: 16 }}>
              <LegibilityPanel
                cards={report?.cards ?? []}
                issues={legibility.issues}
                checking={legibility.checking}
                washedOut={washedOut}
                onWashedOut={setWashedOut}
                onSelect={setSelectedId}
              />
            </div>
          </div>
          {threeColumns && selected ? (
            <AntCard
              size="small"
              title={t('reportBuilder.editor.title')}
              style={{ position: 'sticky', top: 8 }}
              styles={{ body: { maxHeight: 'calc(100vh - 90px)', overflowY: 'auto' } }}
            >
              <CardEditor
                card={selected}
                meetingId={meetingId}
                onTrace={traceOf(selectedView)}
                onChange={(card, group) => updateCards((list) => replaceCard(list, card), group)}
              />
            </AntCard>
          ) : null}
        </div>
      </div>

      {legibility.probe}
      {presentDialog}
      <SettingsDrawer
        open={settingsOpen}
        settings={snapshot.settings}
        onClose={() => setSettingsOpen(false)}
        onChange={(settings: ReportSettings, group) => editor.update((p) => ({ ...p, settings }), group)}
      />
      <Modal
        open={redraftOpen}
        title={t('reportBuilder.redraft.title')}
        onCancel={() => setRedraftOpen(false)}
        footer={[
          <Button key="cancel" onClick={() => setRedraftOpen(false)}>
            {t('common.cancel')}
          </Button>,
          <Button key="append" onClick={() => void redraft('append')}>
            {t('reportBuilder.redraft.append')}
          </Button>,
          <Button key="replace" type="primary" danger onClick={() => void redraft('replace')}>
            {t('reportBuilder.redraft.replace')}
          </Button>,
        ]}
      >
        <Typography.Paragraph>
          {t('reportBuilder.redraft.body', { count: cards.length })}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('reportBuilder.redraft.undoable')}</Typography.Paragraph>
      </Modal>
      <FigureRowsDrawer meetingId={meetingId} source={rows} onClose={() => setRows(null)} />
    </div>
  );
}

function SelectedActions({
  card,
  index,
  count,
  onMove,
  onDuplicate,
  onToggleHidden,
  onRemove,
}: {
  card: Card;
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onDuplicate: () => void;
  onToggleHidden: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap size={4} style={{ marginBottom: 8 }} aria-label={t('reportBuilder.selectedActions')}>
      <Typography.Text strong style={{ marginInlineEnd: 8 }}>
        {t('reportBuilder.position', { index: index + 1, count })}
      </Typography.Text>
      <Tooltip title="Alt+↑">
        <Button size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(-1)}>
          {t('reportBuilder.moveUp')}
        </Button>
      </Tooltip>
      <Tooltip title="Alt+↓">
        <Button
          size="small"
          icon={<ArrowDownOutlined />}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          {t('reportBuilder.moveDown')}
        </Button>
      </Tooltip>
      <Tooltip title="Ctrl+D">
        <Button size="small" icon={<CopyOutlined />} onClick={onDuplicate}>
          {t('reportBuilder.duplicate')}
        </Button>
      </Tooltip>
      <Tooltip title="H">
        <Button
          size="small"
          icon={card.hidden ? <EyeOutlined /> : <EyeInvisibleOutlined />}
          onClick={onToggleHidden}
        >
          {card.hidden ? t('reportBuilder.show') : t('reportBuilder.hide')}
        </Button>
      </Tooltip>
      <Tooltip title="Delete">
        <Button size="small" danger icon={<DeleteOutlined />} onClick={onRemove}>
          {t('common.delete')}
        </Button>
      </Tooltip>
    </Space>
  );
}

function ConflictBanner({ editor }: { editor: ReportEditor }) {
  const { t } = useTranslation();
  const run = useRunner();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={t('reportBuilder.conflict.title')}
      description={t('reportBuilder.conflict.body')}
      action={
        <Space orientation="vertical">
          <Button
            size="small"
            type="primary"
            icon={<ReloadOutlined />}
            onClick={() => void run(() => editor.resolveConflict('theirs'))}
          >
            {t('reportBuilder.conflict.reload')}
          </Button>
          <Button size="small" onClick={() => void run(() => editor.resolveConflict('mine'))}>
            {t('reportBuilder.conflict.keepMine')}
          </Button>
        </Space>
      }
    />
  );
}
