import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Space, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../shared/logic/shanghai-time';
import { LevelTag, StatusTag } from '../../components/meeting-tags';
import { useMeeting, useOffice } from '../../data/queries';
import { useNavigation } from '../../shell/navigation';
import { MeetingFormModal } from '../meetings/MeetingFormModal';
import { PrepareStage } from '../prepare/PrepareStage';
import { ReportStage } from '../report/ReportStage';
import { LiveStage } from '../live/LiveStage';
import { FollowUpStage } from '../follow-up/FollowUpStage';

const SHOWN_COMMUNITIES = 3;
import { STAGES, type Stage } from './stages';

/** The open tab outlives a trip to the presenter console and a reload, as the screen does. */
const STAGE_KEY = 'rbd.stage';

function loadStage(): Stage {
  try {
    const saved = window.sessionStorage.getItem(STAGE_KEY);
    return STAGES.find((s) => s === saved) ?? 'prepare';
  } catch {
    return 'prepare';
  }
}

export function saveStage(stage: Stage): void {
  try {
    window.sessionStorage.setItem(STAGE_KEY, stage);
  } catch {
    // Only a reload would forget the tab.
  }
}

function NoMeeting({ reason }: { reason: 'none' | 'gone' }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  return (
    <Empty
      style={{ marginTop: 64 }}
      description={t(reason === 'none' ? 'workbench.noneSelected' : 'workbench.gone')}
    >
      <Button type="primary" onClick={() => go('meetings', null)}>
        {t('workbench.toList')}
      </Button>
    </Empty>
  );
}

export function WorkbenchScreen() {
  const { t } = useTranslation();
  const { meetingId, go } = useNavigation();
  const meeting = useMeeting(meetingId);
  const office = useOffice();
  const [stage, setStage] = useState<Stage>(loadStage);
  const [editing, setEditing] = useState(false);

  if (meetingId === null) return <NoMeeting reason="none" />;
  if (meeting.isError) return <NoMeeting reason="gone" />;
  if (!meeting.data) return <Card loading />;

  const m = meeting.data;
  const names = new Map((office.data?.communities ?? []).map((c) => [c.id, c.name]));
  const communityNames = m.communityIds.map((id) => names.get(id) ?? t('meetings.unknownCommunity'));
  const allCommunities = communityNames.join(t('common.listSeparator'));
  // A street meeting covers every community: name a few so time and venue keep their room.
  const communities =
    communityNames.length > SHOWN_COMMUNITIES
      ? t('meeting.communitiesMore', {
          names: communityNames.slice(0, SHOWN_COMMUNITIES).join(t('common.listSeparator')),
          count: communityNames.length,
        })
      : allCommunities;

  return (
    <section aria-labelledby="workbench-heading">
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '16px 20px' } }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, marginBottom: 12 }}>
          <Typography.Title
            id="workbench-heading"
            level={3}
            style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}
          >
            {m.title}
          </Typography.Title>
          <LevelTag level={m.level} />
          <StatusTag status={m.status} />
          <Space style={{ marginInlineStart: 'auto' }}>
            <Button icon={<ArrowLeftOutlined />} onClick={() => go('meetings')}>
              {t('workbench.toList')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          </Space>
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
          items={[
            {
              key: 'startsAt',
              label: t('meeting.fields.startsAt'),
              children: t('meeting.atBeijingTime', { time: formatShanghai(m.startsAt) }),
            },
            { key: 'venue', label: t('meeting.fields.venue'), children: m.venue || t('common.notSet') },
            {
              key: 'communities',
              label: t('meeting.fields.communities'),
              children: communities ? (
                <Tooltip title={allCommunities}>
                  <span>{communities}</span>
                </Tooltip>
              ) : (
                t('common.notSet')
              ),
            },
          ]}
        />
      </Card>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={stage}
          onChange={(key) => {
            setStage(key as Stage);
            saveStage(key as Stage);
          }}
          items={STAGES.map((key) => ({
            key,
            label: t(`workbench.stages.${key}.tab`),
            children:
              key === 'prepare' ? (
                <PrepareStage meetingId={m.id} />
              ) : key === 'report' ? (
                <ReportStage meetingId={m.id} />
              ) : key === 'live' ? (
                <LiveStage meetingId={m.id} />
              ) : (
                <FollowUpStage meetingId={m.id} />
              ),
          }))}
        />
      </Card>
      <MeetingFormModal open={editing} meeting={m} onClose={() => setEditing(false)} />
    </section>
  );
}
