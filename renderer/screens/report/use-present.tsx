import { WarningOutlined } from '@ant-design/icons';
import { App, Button, Modal, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../../shared/domain';
import { call } from '../../data/call';
import { useRunner } from '../../data/use-runner';
import { useNavigation } from '../../shell/navigation';
import { hasVisibleShortcoming } from './card-ops';

/**
 * 开始放映: a report of achievements only (no visible 亮短板 card) is warned about first; the
 * operator may present anyway or add the missing card. Unsaved edits are written before the hall
 * sees anything.
 */
export function usePresent({
  meetingId,
  cards,
  selectedId,
  flush,
  addShortcoming,
}: {
  meetingId: string;
  cards: readonly Card[];
  selectedId: string | null;
  flush: () => Promise<boolean>;
  addShortcoming: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const { go } = useNavigation();
  /** The start waiting on the warning's answer (from the current card or not), or null. */
  const [asking, setAsking] = useState<{ fromCurrent: boolean } | null>(null);

  const start = useCallback(
    async (fromCurrent: boolean) => {
      if (!(await flush())) {
        void message.error(t('reportBuilder.present.unsaved'));
        return;
      }
      if (!cards.some((c) => !c.hidden)) {
        void message.warning(t('reportBuilder.present.nothingVisible'));
        return;
      }
      const started = await run(async () => {
        if (fromCurrent && selectedId)
          await call('presentation.act', { meetingId, action: { kind: 'goToCard', cardId: selectedId } });
        return call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent } });
      });
      if (started) go('console', meetingId);
    },
    [cards, flush, go, meetingId, message, run, selectedId, t],
  );

  const present = useCallback(
    (fromCurrent: boolean) => {
      if (hasVisibleShortcoming(cards)) void start(fromCurrent);
      else setAsking({ fromCurrent });
    },
    [cards, start],
  );

  const dialog = (
    <Modal
      open={asking !== null}
      title={
        <span>
          <WarningOutlined style={{ color: '#d46b08', marginInlineEnd: 8 }} />
          {t('reportBuilder.present.noShortcomingTitle')}
        </span>
      }
      onCancel={() => setAsking(null)}
      footer={[
        <Button key="cancel" onClick={() => setAsking(null)}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="anyway"
          danger
          onClick={() => {
            const fromCurrent = asking?.fromCurrent ?? false;
            setAsking(null);
            void start(fromCurrent);
          }}
        >
          {t('reportBuilder.present.presentAnyway')}
        </Button>,
        <Button
          key="add"
          type="primary"
          onClick={() => {
            setAsking(null);
            addShortcoming();
          }}
        >
          {t('reportBuilder.present.addShortcoming')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('reportBuilder.present.noShortcomingBody')}</Typography.Paragraph>
    </Modal>
  );

  return { present, dialog };
}
