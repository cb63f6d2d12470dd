import { DesktopOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Radio, Space, Spin, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayInfo } from '../../../shared/domain';
import { connection } from '../../api';
import { apiErrorOf } from '../../data/api-failure';
import { call } from '../../data/call';
import { useErrorText } from '../../i18n/use-error-text';
import { defaultDisplayId } from './display-choice';
import { viewAddress } from '../../projector/view-route';

type Step =
  | { kind: 'closed' }
  | { kind: 'loading' }
  | { kind: 'displays'; displays: DisplayInfo[]; chosen: number | null }
  | { kind: 'browser'; address: string; qr: string | null };

function browserStep(meetingId: string): Step {
  const token = connection.kind === 'host' ? connection.token : null;
  return {
    kind: 'browser',
    address: viewAddress(window.location, { view: 'projector', meetingId }, token),
    qr: null,
  };
}

/**
 * "打开投影": the desktop app puts the projector window full screen on a display it lists (the one
 * that is not the laptop's by default); host mode cannot place windows, so it offers the projector's
 * own address, to open in a new window here or from the QR on another screen.
 */
export function OpenProjector({
  meetingId,
  onOpenChange,
}: {
  meetingId: string;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [step, setStepState] = useState<Step>({ kind: 'closed' });
  const setStep = (next: Step) => {
    setStepState(next);
    onOpenChange(next.kind !== 'closed');
  };

  const address = step.kind === 'browser' ? step.address : null;
  useEffect(() => {
    if (address === null) return undefined;
    let live = true;
    QRCode.toDataURL(address, { margin: 1, width: 220, errorCorrectionLevel: 'M' }).then(
      (qr) => live && setStepState((s) => (s.kind === 'browser' && s.address === address ? { ...s, qr } : s)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [address]);

  const start = async () => {
    if (connection.kind !== 'desktop') return setStep(browserStep(meetingId));
    setStep({ kind: 'loading' });
    try {
      const displays = await call('projector.displays', {});
      if (displays.length === 0) return await openOn(null);
      setStep({ kind: 'displays', displays, chosen: defaultDisplayId(displays) });
    } catch (error) {
      setStep({ kind: 'closed' });
      void message.error(t('reportConsole.projector.failed', { message: errorText(apiErrorOf(error)) }));
    }
  };

  const openOn = async (displayId: number | null) => {
    try {
      const { opened } = await call('projector.open', { meetingId, displayId });
      if (opened) setStep({ kind: 'closed' });
      else setStep(browserStep(meetingId));
    } catch (error) {
      setStep({ kind: 'closed' });
      void message.error(t('reportConsole.projector.failed', { message: errorText(apiErrorOf(error)) }));
    }
  };

  const close = () => setStep({ kind: 'closed' });

  return (
    <>
      <Button
        icon={<DesktopOutlined />}
        onClick={(e) => {
          e.currentTarget.blur();
          void start();
        }}
      >
        {t('reportConsole.projector.button')}
      </Button>
      <Modal
        open={step.kind !== 'closed'}
        title={t('reportConsole.projector.title')}
        onCancel={close}
        destroyOnHidden
        footer={
          step.kind === 'displays' ? (
            <Space>
              <Button onClick={close}>{t('common.cancel')}</Button>
              <Button type="primary" icon={<DesktopOutlined />} onClick={() => void openOn(step.chosen)}>
                {t('reportConsole.projector.open')}
              </Button>
            </Space>
          ) : step.kind === 'browser' ? (
            <Space>
              <Button onClick={close}>{t('common.close')}</Button>
              <Button
                type="primary"
                icon={<ExportOutlined />}
                onClick={() => {
                  window.open(step.address, '_blank', 'noopener');
                  close();
                }}
              >
                {t('reportConsole.projector.openWindow')}
              </Button>
            </Space>
          ) : null
        }
      >
        {step.kind === 'loading' ? <Spin /> : null}
        {step.kind === 'displays' ? (
          <>
            <Typography.Paragraph>{t('reportConsole.projector.pickDisplay')}</Typography.Paragraph>
            <Radio.Group
              value={step.chosen}
              onChange={(e) => setStepState({ ...step, chosen: Number(e.target.value) })}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            >
              {step.displays.map((d) => (
                <Radio key={d.id} value={d.id}>
                  {t('reportConsole.projector.display', { label: d.label, width: d.width, height: d.height })}
                  {d.primary ? ` · ${t('reportConsole.projector.primary')}` : ''}
                </Radio>
              ))}
            </Radio.Group>
          </>
        ) : null}
        {step.kind === 'browser' ? (
          <>
            <Typography.Paragraph>{t('reportConsole.projector.explain')}</Typography.Paragraph>
            <Typography.Paragraph
              code
              data-testid="projector-address"
              copyable={{
                text: step.address,
                tooltips: [t('reportConsole.projector.copy'), t('reportConsole.projector.copied')],
              }}
              style={{ wordBreak: 'break-all' }}
              aria-label={t('reportConsole.projector.addressLabel')}
            >
              {step.address}
            </Typography.Paragraph>
            <div style={{ display: 'flex', justifyContent: 'center', minHeight: 220 }}>
              {step.qr ? (
                <img src={step.qr} width={220} height={220} alt={t('reportConsole.projector.qrAlt')} />
              ) : (
                <Spin />
              )}
            </div>
            {connection.kind === 'host' && connection.token !== null ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 12 }}
                title={t('reportConsole.projector.warning')}
              />
            ) : null}
          </>
        ) : null}
      </Modal>
    </>
  );
}
