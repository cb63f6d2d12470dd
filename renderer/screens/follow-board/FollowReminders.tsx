import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpReminder } from '../../../shared/domain/follow-up';
import { useFollowReminders } from '../../data/follow-board-queries';
import { summarizeReminders } from './board-figures';

type DeadlineReminder = Extract<FollowUpReminder, { kind: 'deadline' }>;

function DeadlineAlert({
  testId,
  type,
  title,
  items,
}: {
  testId: string;
  type: 'error' | 'warning';
  title: string;
  items: readonly DeadlineReminder[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Alert
      data-testid={testId}
      type={type}
      showIcon
      message={title}
      description={
        open ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {items.map((r) => (
              <li key={r.itemId}>{t('followBoard.reminders.deadlineLine', { date: r.deadline })}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        <Button size="small" type="link" onClick={() => setOpen((o) => !o)}>
          {open ? t('followBoard.reminders.hide') : t('followBoard.reminders.show')}
        </Button>
      }
    />
  );
}

/** What is due for this meeting (and any other meeting's overdue notice), at the top of 跟踪. */
export function FollowReminders({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const reminders = useFollowReminders();
  if (!reminders.data) return null;
  const s = summarizeReminders(reminders.data, meetingId);
  const any =
    s.notice ||
    s.otherOverdueNotices.length > 0 ||
    s.deadlinesPassed.length > 0 ||
    s.deadlinesNear.length > 0 ||
    s.callbacks > 0;
  if (!any) return null;
  return (
    <Space
      direction="vertical"
      size={8}
      style={{ width: '100%', marginBottom: 12 }}
      data-testid="follow-reminders"
    >
      {s.notice && (
        <Alert
          data-testid="reminder-notice"
          type={s.notice.overdue ? 'error' : 'warning'}
          showIcon
          message={
            s.notice.overdue
              ? t('followBoard.reminders.noticeOverdue', { date: s.notice.dueOn })
              : t('followBoard.reminders.noticeDue', { date: s.notice.dueOn })
          }
        />
      )}
      {s.deadlinesPassed.length > 0 && (
        <DeadlineAlert
          testId="reminder-deadlines-passed"
          type="error"
          title={t('followBoard.reminders.deadlinesPassed', { count: s.deadlinesPassed.length })}
          items={s.deadlinesPassed}
        />
      )}
      {s.deadlinesNear.length > 0 && (
        <DeadlineAlert
          testId="reminder-deadlines-near"
          type="warning"
          title={t('followBoard.reminders.deadlinesNear', { count: s.deadlinesNear.length })}
          items={s.deadlinesNear}
        />
      )}
      {s.callbacks > 0 && (
        <Alert
          data-testid="reminder-callbacks"
          type="info"
          showIcon
          message={t('followBoard.reminders.callbacks', { count: s.callbacks })}
        />
      )}
      {s.otherOverdueNotices.length > 0 && (
        <Alert
          data-testid="reminder-other-notices"
          type="warning"
          showIcon
          message={t('followBoard.reminders.otherNotices', { count: s.otherOverdueNotices.length })}
        />
      )}
    </Space>
  );
}
