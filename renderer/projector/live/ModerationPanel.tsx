import { useTranslation } from 'react-i18next';
import type { LivePublicView, PublicQuestion } from '../../../shared/domain';
import { countText, moderationCounts } from './live-figures';
import { PanelFrame, Tile, TileGrid } from './PanelFrame';
import { RowList, type ListRow } from './RowList';
import { useDateText } from './use-date-text';

/**
 * 提问记录: what became of every question received, so the room sees none vanished: the counts,
 * then each question referred (to whom, answered in writing by when) and each declined (why).
 */
export function ModerationPanel({ view }: { view: LivePublicView | undefined }) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const counts = view ? moderationCounts(view.summary) : null;
  const askers = (q: PublicQuestion) =>
    q.askers > 1 ? t('liveProjector.moderation.askers', { count: q.askers }) : '';
  const referred: ListRow[] = (view?.referred ?? []).map((q) => ({
    key: q.id,
    text: q.text,
    detail:
      t('liveProjector.moderation.referredDetail', {
        department: q.referral?.departmentName ?? q.departmentName ?? '—',
        date: dateText(q.referral?.dueDate),
      }) + askers(q),
  }));
  const declined: ListRow[] = (view?.declined ?? []).map((q) => ({
    key: q.id,
    text: q.text,
    detail: t('liveProjector.moderation.declinedDetail', { reason: q.declineReason || '—' }) + askers(q),
  }));
  const tile = (key: keyof NonNullable<typeof counts>) => (
    <Tile
      testId={`live-count-${key}`}
      label={t(`liveProjector.moderation.${key}`)}
      value={countText(counts?.[key])}
      unit={t('liveProjector.questionUnit')}
    />
  );
  return (
    <PanelFrame
      testId="live-panel-moderation"
      title={t('liveProjector.moderation.title')}
      period={t('liveProjector.moderation.period', {
        date: dateText(view?.date),
        count: countText(counts?.received),
      })}
    >
      <TileGrid>
        {tile('received')}
        {tile('answered')}
        {tile('committed')}
        {tile('referred')}
        {tile('declined')}
        {tile('merged')}
        {tile('open')}
      </TileGrid>
      <div style={{ flex: '1 1 0', minHeight: 0, display: 'flex', gap: 48 }}>
        <RowList
          testId="live-list-referred"
          title={t('liveProjector.moderation.referredList', { count: referred.length })}
          rows={referred}
          empty={t('liveProjector.moderation.noneReferred')}
        />
        <RowList
          testId="live-list-declined"
          title={t('liveProjector.moderation.declinedList', { count: declined.length })}
          rows={declined}
          empty={t('liveProjector.moderation.noneDeclined')}
        />
      </div>
    </PanelFrame>
  );
}
