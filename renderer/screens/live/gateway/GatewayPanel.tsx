import { ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Empty,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
  type ButtonProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_GATEWAY_PORT, type GatewayState, type GatewayStatus } from '../../../../shared/domain';
import type { ApiError } from '../../../../shared/api';
import { apiErrorOf } from '../../../data/api-failure';
import { call } from '../../../data/call';
import { useGatewayInterfaces, useGatewayStatus } from '../../../data/live-queries';
import { useErrorText } from '../../../i18n/use-error-text';
import { QrCode } from '../../../report/cards/QrCode';
import { useLiveCall } from '../use-live-call';
import { FlaggedWordsButton } from './FlaggedWordsModal';
import { defaultAddress, hasHallNetwork, interfaceOptions } from './interface-options';
import { joinAddress } from './join-address';

export const GATEWAY_STATE_COLORS: Record<GatewayState, string> = {
  closed: 'default',
  starting: 'processing',
  open: 'success',
  restarting: 'warning',
  failed: 'error',
};

/** The box listens (or is on its way to): its settings are fixed until it is closed. */
const isRunning = (state: GatewayState | undefined) =>
  state === 'open' || state === 'starting' || state === 'restarting';

const QR_PREVIEW_PX = 132;

/** What the operator typed; null (undefined for the port) until touched: the stored settings then. */
interface GatewayForm {
  address: string | null;
  wifi: string | null;
  port: number | null | undefined;
  advanced: boolean;
}

const UNTOUCHED: GatewayForm = { address: null, wifi: null, port: undefined, advanced: false };

/**
 * 手机提问: the operator opens the meeting's question box on one network interface of this laptop,
 * with the hall's Wi-Fi name for the projector, and sees the address, the QR, what came in and what
 * went wrong. The status follows 'gateway.changed'; every refusal of the services is shown in place.
 */
export function GatewayPanel({
  meetingId,
  by,
  meetingClosed,
  awaiting,
}: {
  meetingId: string;
  by: string;
  meetingClosed: boolean;
  /** Phone questions still awaiting approval. */
  awaiting: number;
}) {
  const { t } = useTranslation();
  const status = useGatewayStatus(meetingId);
  const interfaces = useGatewayInterfaces();
  // Here, not in the body: what was typed and a refusal stay while the status passes through
  // 启动中 and 出错 (the body is drawn anew for each state).
  const [refusal, setRefusal] = useState<string | null>(null);
  const [form, setForm] = useState<GatewayForm>(UNTOUCHED);
  const s = status.data;
  return (
    <Card
      size="small"
      data-testid="gateway-panel"
      data-gateway-state={s?.state ?? 'loading'}
      title={t('liveGateway.title')}
      extra={
        <Space size={4}>
          {s ? (
            <Tag
              color={GATEWAY_STATE_COLORS[s.state]}
              data-testid="gateway-state"
              style={{ marginInlineEnd: 0 }}
            >
              {t(`liveGateway.states.${s.state}`)}
            </Tag>
          ) : null}
          <FlaggedWordsButton by={by} />
        </Space>
      }
      loading={status.isPending}
      styles={{ body: { padding: 10, display: 'flex', flexDirection: 'column', gap: 10 } }}
    >
      {status.error ? <LoadError error={apiErrorOf(status.error)} /> : null}
      {s ? (
        <GatewayBody
          meetingId={meetingId}
          by={by}
          status={s}
          interfaces={interfaces}
          meetingClosed={meetingClosed}
          awaiting={awaiting}
          refusal={refusal}
          setRefusal={setRefusal}
          form={form}
          setForm={setForm}
        />
      ) : null}
    </Card>
  );
}

function LoadError({ error }: { error: ApiError }) {
  const errorText = useErrorText();
  return <Alert type="error" showIcon title={errorText(error)} />;
}

function GatewayBody({
  meetingId,
  by,
  status,
  interfaces,
  meetingClosed,
  awaiting,
  refusal,
  setRefusal,
  form,
  setForm,
}: {
  meetingId: string;
  by: string;
  status: GatewayStatus;
  interfaces: ReturnType<typeof useGatewayInterfaces>;
  meetingClosed: boolean;
  awaiting: number;
  refusal: string | null;
  setRefusal: (refusal: string | null) => void;
  form: GatewayForm;
  setForm: (update: (form: GatewayForm) => GatewayForm) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const live = useLiveCall(meetingId);
  const options = interfaceOptions(interfaces.data ?? []);
  const wifi = form.wifi ?? status.wifi;
  const port = form.port === undefined ? (status.port ?? DEFAULT_GATEWAY_PORT) : form.port;
  const setAddress = (address: string) => setForm((f) => ({ ...f, address }));
  const setWifi = (value: string) => setForm((f) => ({ ...f, wifi: value }));
  const setPort = (value: number | null) => setForm((f) => ({ ...f, port: value }));
  const [busy, setBusy] = useState<'open' | 'close' | 'renew' | null>(null);
  const running = isRunning(status.state);
  const chosen = form.address ?? defaultAddress(options, status.address);
  const chosenOption = options.find((o) => o.address === chosen) ?? null;
  const join = joinAddress(status.joinUrl);

  // One path for the three calls: the refusal stays on the panel (not only in a passing message).
  const run = async (kind: 'open' | 'close' | 'renew', work: () => Promise<GatewayStatus>, done: string) => {
    setBusy(kind);
    const result = await live(work, { quiet: true });
    setBusy(null);
    if (result.ok) {
      setRefusal(null);
      void message.success(done);
    } else {
      setRefusal(errorText(result.error));
    }
  };

  const open = () => {
    if (chosen === null) return;
    void run(
      'open',
      () =>
        call('gateway.open', {
          meetingId,
          address: chosen,
          ...(port === null ? {} : { port }),
          wifi,
          by,
        }),
      t('liveGateway.opened'),
    );
  };

  // First while open (the panel is short on a laptop); after the settings while closed.
  const actions = (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      {running ? (
        <>
          <Popconfirm
            title={t('liveGateway.closeConfirm')}
            description={<div style={{ maxWidth: 260 }}>{t('liveGateway.closeConfirmBody')}</div>}
            okText={t('liveGateway.closeOk')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'gateway-close-ok' } as ButtonProps}
            onConfirm={() =>
              run('close', () => call('gateway.close', { meetingId, by }), t('liveGateway.closedOk'))
            }
          >
            <Button danger loading={busy === 'close'} data-testid="gateway-close">
              {t('liveGateway.close')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('liveGateway.renewConfirm')}
            description={<div style={{ maxWidth: 260 }}>{t('liveGateway.renewConfirmBody')}</div>}
            okText={t('liveGateway.renewOk')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'gateway-renew-ok' } as ButtonProps}
            onConfirm={() =>
              run('renew', () => call('gateway.renewToken', { meetingId, by }), t('liveGateway.renewed'))
            }
          >
            <Button loading={busy === 'renew'} data-testid="gateway-renew">
              {t('liveGateway.renew')}
            </Button>
          </Popconfirm>
        </>
      ) : (
        <Button
          type="primary"
          loading={busy === 'open'}
          disabled={chosen === null || meetingClosed}
          onClick={open}
          data-testid="gateway-open"
        >
          {t('liveGateway.open')}
        </Button>
      )}
    </div>
  );

  return (
    <>
      {running ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('liveGateway.intro')}
        </Typography.Text>
      )}
      {/* The operator's latest refusal says it best; the status' own error otherwise. */}
      {(status.state === 'failed' || status.state === 'restarting') && !refusal ? (
        <Alert
          type={status.state === 'failed' ? 'error' : 'warning'}
          showIcon
          data-testid="gateway-error"
          title={status.error || t(`liveGateway.states.${status.state}`)}
        />
      ) : null}
      {refusal ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal(null) }}
          data-testid="gateway-refusal"
          title={refusal}
        />
      ) : null}
      {running ? (
        <>
          {actions}
          <JoinBox status={status} join={join} awaiting={awaiting} />
        </>
      ) : (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            <span style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
              <Typography.Text strong>{t('liveGateway.network')}</Typography.Text>
              <span style={{ flex: 1 }} />
              <Button
                size="small"
                type="text"
                icon={<ReloadOutlined />}
                loading={interfaces.isFetching}
                onClick={(event) => {
                  event.preventDefault();
                  void interfaces.refetch();
                }}
                aria-label={t('liveGateway.refreshNetworks')}
                title={t('liveGateway.refreshNetworks')}
              />
            </span>
            {options.length === 0 && !interfaces.isPending ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('liveGateway.noNetworks')}
                style={{ margin: 0 }}
              />
            ) : (
              <Select
                size="small"
                data-testid="gateway-interface"
                aria-label={t('liveGateway.network')}
                placeholder={t('liveGateway.networkPlaceholder')}
                value={chosen ?? undefined}
                loading={interfaces.isPending}
                onChange={(value: string) => setAddress(value)}
                options={options.map((o) => ({
                  value: o.address,
                  label: (
                    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', minWidth: 0 }}>
                      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                        {t('liveGateway.networkLabel', { name: o.name, address: o.address })}
                      </span>
                      {o.loopback ? (
                        <Tag style={{ marginInlineEnd: 0 }}>{t('liveGateway.loopback')}</Tag>
                      ) : null}
                    </span>
                  ),
                }))}
              />
            )}
          </label>
          {interfaces.data && !hasHallNetwork(options) ? (
            <Alert
              type="info"
              showIcon
              data-testid="gateway-no-network"
              title={t('liveGateway.noHallNetwork')}
            />
          ) : chosenOption?.loopback ? (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('liveGateway.loopbackChosen')}
            </Typography.Text>
          ) : null}
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            <Typography.Text strong>{t('liveGateway.wifi')}</Typography.Text>
            <Input
              size="small"
              value={wifi}
              maxLength={64}
              onChange={(e) => setWifi(e.target.value)}
              placeholder={t('liveGateway.wifiPlaceholder')}
              data-testid="gateway-wifi"
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('liveGateway.wifiHint')}
            </Typography.Text>
          </label>
          {actions}
          <Collapse
            size="small"
            ghost
            activeKey={form.advanced ? ['advanced'] : []}
            onChange={(keys) => setForm((f) => ({ ...f, advanced: keys.includes('advanced') }))}
            items={[
              {
                key: 'advanced',
                label: t('liveGateway.advanced'),
                children: (
                  <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                    <Typography.Text>{t('liveGateway.port')}</Typography.Text>
                    <InputNumber
                      size="small"
                      min={1024}
                      max={65535}
                      precision={0}
                      value={port}
                      onChange={(value) => setPort(typeof value === 'number' ? value : null)}
                      placeholder={String(DEFAULT_GATEWAY_PORT)}
                      data-testid="gateway-port"
                      aria-label={t('liveGateway.port')}
                      style={{ width: 120 }}
                    />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('liveGateway.portHint', { port: DEFAULT_GATEWAY_PORT })}
                    </Typography.Text>
                  </label>
                ),
              },
            ]}
          />
          {meetingClosed ? (
            <Typography.Text type="secondary">{t('liveGateway.meetingClosed')}</Typography.Text>
          ) : null}
        </div>
      )}
      {!running ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="gateway-received">
          {t('liveGateway.received', { count: status.received })}
        </Typography.Text>
      ) : null}
    </>
  );
}

/** The address and the QR as the phones get them, with what came in so far. */
function JoinBox({
  status,
  join,
  awaiting,
}: {
  status: GatewayStatus;
  join: ReturnType<typeof joinAddress>;
  awaiting: number;
}) {
  const { t } = useTranslation();
  return (
    <div
      data-testid="gateway-join"
      style={{ display: 'flex', gap: 10, alignItems: 'flex-start', flexWrap: 'wrap' }}
    >
      <div style={{ flex: '1 1 160px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: 4 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('liveGateway.joinAddress')}
        </Typography.Text>
        {join ? (
          <>
            <Typography.Text
              strong
              data-testid="gateway-host"
              style={{ fontSize: 18, fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}
            >
              {join.hostPort}
            </Typography.Text>
            <Typography.Text
              data-testid="gateway-url"
              copyable={{ text: join.full, tooltips: [t('liveGateway.copy'), t('liveGateway.copied')] }}
              style={{ fontSize: 12, overflowWrap: 'anywhere' }}
            >
              {join.full}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text>—</Typography.Text>
        )}
        {status.wifi ? (
          <Typography.Text style={{ fontSize: 12 }}>
            {t('liveGateway.wifiShown', { wifi: status.wifi })}
          </Typography.Text>
        ) : null}
        <Typography.Text style={{ fontSize: 12 }} data-testid="gateway-received">
          {t('liveGateway.received', { count: status.received })}
          {awaiting > 0 ? ` · ${t('liveGateway.awaiting', { count: awaiting })}` : ''}
        </Typography.Text>
        {status.restarts > 0 ? (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('liveGateway.restarts', { count: status.restarts })}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('liveGateway.qrHint')}
        </Typography.Text>
      </div>
      {/* After the address: on a narrow side column the address comes first, the QR under it. */}
      {status.joinUrl ? (
        <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 4, flex: 'none' }}>
          <QrCode text={status.joinUrl} size={QR_PREVIEW_PX} label={t('liveGateway.qr')} />
        </div>
      ) : null}
    </div>
  );
}
