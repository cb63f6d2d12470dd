import { DesktopOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../../data/call';
import { usePresentation } from '../../../data/report-queries';
import { useRunner } from '../../../data/use-runner';

/** Shows a live panel on the projector, or takes it off again (the same action toggles it). */
export function ProjectorPanelButton({
  meetingId,
  panel,
}: {
  meetingId: string;
  panel: 'scores' | 'summary';
}) {
  const { t } = useTranslation();
  const run = useRunner();
  const presentation = usePresentation(meetingId);
  const shown = presentation.data?.panel === panel;
  const ns = panel === 'scores' ? 'liveWrapUp.scores' : 'liveWrapUp.summary';
  return (
    <Button
      size="small"
      icon={<DesktopOutlined />}
      type={shown ? 'primary' : 'default'}
      aria-pressed={shown}
      onClick={() =>
        void run(() => call('presentation.act', { meetingId, action: { kind: 'panel', panel } }))
      }
    >
      {t(shown ? `${ns}.hide` : `${ns}.show`)}
    </Button>
  );
}
