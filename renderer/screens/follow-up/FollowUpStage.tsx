import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowReminders } from '../follow-board/FollowReminders';
import { NoticePanel } from '../follow-board/NoticePanel';
import { ScoreboardPanel } from '../follow-board/ScoreboardPanel';
import { CallbackList } from './CallbackList';
import { FollowUpList } from './FollowUpList';

/** Which meetings the 跟踪 tab shows: this meeting's items, or every meeting's (the office's whole book). */
export type FollowScope = 'meeting' | 'office';

/**
 * 跟踪: the place where the work after the meeting is run and seen. Items (by list, department,
 * community or deadline), the 回访 calls due, the departments' scoreboard and the public notice.
 */
export function FollowUpStage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<FollowScope>('meeting');
  return (
    <div>
      <FollowReminders meetingId={meetingId} />
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'items',
            label: t('followUp.tabs.items'),
            children: <FollowUpList meetingId={meetingId} scope={scope} onScope={setScope} />,
          },
          {
            key: 'callbacks',
            label: t('followUp.tabs.callbacks'),
            children: <CallbackList meetingId={meetingId} scope={scope} />,
          },
          {
            key: 'scoreboard',
            label: t('followBoard.tabs.scoreboard'),
            children: <ScoreboardPanel meetingId={meetingId} scope={scope} />,
          },
          {
            key: 'notice',
            label: t('followBoard.tabs.notice'),
            children: <NoticePanel meetingId={meetingId} />,
          },
        ]}
      />
    </div>
  );
}
