import { DesktopOutlined } from '@ant-design/icons';
import { App, Button, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectVote } from '../../../../shared/domain';
import { call } from '../../../data/call';
import { useMeetingList } from '../../../data/queries';
import { usePresentation } from '../../../data/report-queries';
import { useRunner } from '../../../data/use-runner';
import { OpenProjector } from '../../console/OpenProjector';

/** The projector's own switch: shown there now, or not. Asked only once a meeting is chosen. */
function TakeDown({ meetingId, voteId }: { meetingId: string; voteId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const presentation = usePresentation(meetingId).data;
  if (presentation?.panel !== 'vote' || presentation.voteId !== voteId) return null;
  return (
    <Button
      data-testid="vote-take-down"
      onClick={() =>
        void run(() =>
          call('presentation.act', { meetingId, action: { kind: 'showVote', voteId: null } }),
        ).then((done) => done && message.success(t('projectVote.present.hidden')))
      }
    >
      {t('projectVote.present.hide')}
    </Button>
  );
}

/**
 * 投屏: the vote goes on the projector of a meeting (the vote's own, else the latest), and the
 * projector itself is opened as the 现场 console opens it; 撤下 takes it off again.
 */
export function ShowVote({ vote }: { vote: ProjectVote }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const meetings = useMeetingList('').data ?? [];
  const latest = meetings.reduce<(typeof meetings)[number] | null>(
    (best, m) => (best === null || m.startsAt > best.startsAt ? m : best),
    null,
  );
  const [asking, setAsking] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const meetingId = chosen ?? vote.meetingId ?? latest?.id ?? null;
  const title = meetings.find((m) => m.id === meetingId)?.title ?? '';
  const [sentTo, setSentTo] = useState<string | null>(null);

  const send = async () => {
    if (meetingId === null) return;
    const done = await run(() =>
      call('presentation.act', { meetingId, action: { kind: 'showVote', voteId: vote.id } }),
    );
    if (done) {
      setSentTo(meetingId);
      void message.success(t('projectVote.present.shown', { meeting: title }));
    }
  };

  return (
    <Space>
      {sentTo ? <TakeDown meetingId={sentTo} voteId={vote.id} /> : null}
      <Button icon={<DesktopOutlined />} data-testid="vote-present" onClick={() => setAsking(true)}>
        {t('projectVote.present.button')}
      </Button>
      <Modal
        open={asking}
        title={t('projectVote.present.title')}
        onCancel={() => setAsking(false)}
        destroyOnHidden
        footer={
          <Space>
            <Button onClick={() => setAsking(false)}>{t('common.close')}</Button>
            {meetingId !== null && sentTo === meetingId ? (
              <OpenProjector meetingId={meetingId} onOpenChange={() => undefined} />
            ) : null}
            <Button
              type="primary"
              icon={<DesktopOutlined />}
              disabled={meetingId === null}
              onClick={() => void send()}
              data-testid="vote-present-send"
            >
              {t('projectVote.present.send')}
            </Button>
          </Space>
        }
      >
        {meetings.length === 0 ? (
          <Typography.Paragraph>{t('projectVote.present.noMeeting')}</Typography.Paragraph>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('projectVote.present.meeting')}</Typography.Text>
            <Select
              style={{ width: '100%' }}
              value={meetingId ?? undefined}
              onChange={(id: string) => setChosen(id)}
              options={meetings.map((m) => ({ value: m.id, label: m.title }))}
              aria-label={t('projectVote.present.meeting')}
            />
          </Space>
        )}
      </Modal>
    </Space>
  );
}
