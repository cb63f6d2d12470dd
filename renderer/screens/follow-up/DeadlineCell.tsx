import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../shared/domain';
import { deadlineMark } from './list-model';

export function DeadlineCell({ row }: { row: FollowUpRow }) {
  const { t } = useTranslation();
  const mark = deadlineMark(row);
  switch (mark.kind) {
    case 'overdue':
      return (
        <Tag color="red" data-testid="overdue-tag" style={{ marginInlineEnd: 0 }}>
          {t('followUp.deadline.overdue', { date: mark.date })}
        </Tag>
      );
    case 'onTime':
      return (
        <span>
          {mark.date}{' '}
          <Tag color="green" data-testid="on-time-tag" style={{ marginInlineEnd: 0 }}>
            {t('followUp.deadline.onTime')}
          </Tag>
        </span>
      );
    case 'due':
      return <span>{mark.date}</span>;
    case 'none':
      return <Typography.Text type="secondary">{t('followUp.deadline.none')}</Typography.Text>;
  }
}
