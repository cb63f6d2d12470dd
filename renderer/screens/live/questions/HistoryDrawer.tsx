import { Drawer, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../shared/domain';
import { formatShanghai } from '../../../../shared/logic/shanghai-time';

/** 历史: every change of one question, newest first: who, when, from → to. */
export function HistoryDrawer({ question, onClose }: { question: Question; onClose: () => void }) {
  const { t } = useTranslation();
  const changes = [...question.history].reverse();
  return (
    <Drawer open onClose={onClose} title={t('liveConsole.history.title')} size={420} destroyOnHidden>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, tooltip: question.text }}>
        {question.text}
      </Typography.Paragraph>
      {changes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('liveConsole.history.empty')} />
      ) : (
        <Timeline
          data-testid="question-history"
          items={changes.map((change, index) => ({
            key: `${change.at}-${index}`,
            content: (
              <div>
                <Typography.Text strong>{t(`liveConsole.history.kinds.${change.kind}`)}</Typography.Text>
                {change.from !== null || change.to !== null ? (
                  <Typography.Text>
                    {' '}
                    {change.from ? t(`live.states.${change.from}`) : '—'} →{' '}
                    {change.to ? t(`live.states.${change.to}`) : '—'}
                  </Typography.Text>
                ) : null}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('liveConsole.history.byAt', { by: change.by, at: formatShanghai(change.at) })}
                  </Typography.Text>
                </div>
                {change.note ? (
                  <Typography.Paragraph style={{ margin: 0, overflowWrap: 'anywhere' }}>
                    {change.note}
                  </Typography.Paragraph>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
