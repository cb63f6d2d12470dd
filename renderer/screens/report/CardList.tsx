import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { EyeInvisibleOutlined, HolderOutlined, WarningFilled } from '@ant-design/icons';
import { Badge, Button, Tooltip, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, CardView, ReportView } from '../../../shared/domain';
import type { LegibilityIssue } from '../../report/legibility';
import { Frame } from './Frame';
import { issueText } from './LegibilityPanel';
import { withLocalText } from './local-view';

export const THUMB_WIDTH = 200;

/** The card list: thumbnails in order, drag (mouse or Space + arrows on the handle) to reorder. */
export function CardList({
  cards,
  report,
  selectedId,
  issues,
  washedOut,
  onSelect,
  onMove,
  onDragging,
}: {
  cards: readonly Card[];
  report: ReportView | undefined;
  selectedId: string | null;
  issues: ReadonlyMap<string, LegibilityIssue[]>;
  washedOut: boolean;
  onSelect: (id: string) => void;
  onMove: (from: number, to: number) => void;
  onDragging: (dragging: boolean) => void;
}) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const views = new Map((report?.cards ?? []).map((v) => [v.id, v]));
  const onDragEnd = (event: DragEndEvent) => {
    onDragging(false);
    const from = cards.findIndex((c) => c.id === event.active.id);
    const to = event.over ? cards.findIndex((c) => c.id === event.over?.id) : -1;
    if (from >= 0 && to >= 0 && from !== to) onMove(from, to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={() => onDragging(true)}
      onDragCancel={() => onDragging(false)}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('reportBuilder.list.dragInstructions') },
      }}
    >
      <SortableContext items={cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        <ol aria-label={t('reportBuilder.list.label')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {cards.map((card, index) => {
            const view = views.get(card.id);
            return (
              <SortableCard
                key={card.id}
                card={card}
                index={index}
                view={view ? withLocalText(view, card) : undefined}
                report={report}
                selected={card.id === selectedId}
                issues={issues.get(card.id) ?? []}
                washedOut={washedOut}
                onSelect={() => onSelect(card.id)}
              />
            );
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableCard({
  card,
  index,
  view,
  report,
  selected,
  issues,
  washedOut,
  onSelect,
}: {
  card: Card;
  index: number;
  view: CardView | undefined;
  report: ReportView | undefined;
  selected: boolean;
  issues: LegibilityIssue[];
  washedOut: boolean;
  onSelect: () => void;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: card.id });
  const item = useRef<HTMLLIElement | null>(null);
  const kind = t(`reportBuilder.kind.${card.kind}`);
  const title = card.title || kind;
  useEffect(() => {
    if (selected) item.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <li
      ref={(node) => {
        setNodeRef(node);
        item.current = node;
      }}
      data-card-item={card.id}
      aria-current={selected ? 'true' : undefined}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        zIndex: isDragging ? 2 : undefined,
        position: 'relative',
        marginBottom: 8,
        padding: 6,
        borderRadius: 8,
        border: selected ? '2px solid #1677ff' : '2px solid transparent',
        background: selected ? '#e6f4ff' : isDragging ? '#fff' : undefined,
        boxShadow: isDragging ? '0 6px 16px rgba(0,0,0,0.15)' : undefined,
      }}
    >
      <div
        role="button"
        tabIndex={0}
        aria-pressed={selected}
        aria-label={t('reportBuilder.list.select', { index: index + 1, title })}
        onClick={onSelect}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onSelect();
          }
        }}
        style={{ cursor: 'pointer', opacity: card.hidden ? 0.45 : 1 }}
      >
        <div
          style={{
            width: '100%',
            maxWidth: 200,
            borderRadius: 4,
            overflow: 'hidden',
            border: '1px solid #e5e8ee',
          }}
        >
          {view && report ? (
            <Frame
              card={view}
              report={report}
              width={THUMB_WIDTH}
              mode="preview"
              simulateWashedOut={washedOut}
            />
          ) : (
            <div
              style={{
                width: THUMB_WIDTH,
                aspectRatio: report?.settings.layout === '4:3' ? '4 / 3' : '16 / 9',
                display: 'grid',
                placeItems: 'center',
                background: '#f5f5f5',
                color: '#595959',
              }}
            >
              {t('reportBuilder.list.notYetSaved')}
            </div>
          )}
        </div>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 4, marginTop: 4 }}>
        <Button
          ref={setActivatorNodeRef}
          type="text"
          size="small"
          icon={<HolderOutlined />}
          aria-label={t('reportBuilder.list.drag', { title })}
          title={t('reportBuilder.list.drag', { title })}
          style={{ cursor: 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
        />
        <Typography.Text type="secondary" style={{ flex: 'none' }}>
          {index + 1}
        </Typography.Text>
        <Typography.Text
          style={{ flex: 1, minWidth: 0, opacity: card.hidden ? 0.55 : 1 }}
          ellipsis={{ tooltip: title }}
        >
          <Typography.Text type="secondary">{kind}</Typography.Text> {card.title}
        </Typography.Text>
        {card.hidden ? (
          <Tooltip title={t('reportBuilder.list.hidden')}>
            <EyeInvisibleOutlined aria-label={t('reportBuilder.list.hidden')} style={{ color: '#595959' }} />
          </Tooltip>
        ) : null}
        {issues.length > 0 ? (
          <Tooltip title={issues.map((issue) => issueText(issue, t)).join('\n')}>
            <Badge count={issues.length} size="small" color="#d46b08" offset={[-2, 2]}>
              <WarningFilled
                aria-label={t('reportBuilder.list.issues', { count: issues.length })}
                style={{ color: '#d46b08', fontSize: 16 }}
              />
            </Badge>
          </Tooltip>
        ) : null}
      </div>
    </li>
  );
}
