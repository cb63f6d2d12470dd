import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingLevel, MeetingStatus } from '../../shared/domain';

const LEVEL_COLOR: Record<MeetingLevel, string> = { street: 'geekblue', community: 'cyan', topic: 'purple' };
const STATUS_COLOR: Record<MeetingStatus, string> = {
  draft: 'default',
  scheduled: 'blue',
  live: 'red',
  closed: 'green',
};

export function LevelTag({ level }: { level: MeetingLevel }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLOR[level]}>{t(`meeting.level.${level}`)}</Tag>;
}

export function StatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`meeting.status.${status}`)}</Tag>;
}
