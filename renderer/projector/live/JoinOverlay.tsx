import { useTranslation } from 'react-i18next';
import { QrCode } from '../../report/cards/QrCode';
import { joinAddress } from '../../screens/live/gateway/join-address';
import { JOIN_QR_PX, LIVE_COLORS } from './live-style';

/**
 * How residents join: the Wi-Fi name and, while the question box is open (a join address exists),
 * the QR with the address written out: host:port large for the address bar, the whole link (token
 * included) smaller, so a phone that cannot scan can type it. Without the address there is no QR
 * and nothing that looks like one.
 */
export function JoinOverlay({ wifi, joinUrl }: { wifi: string | null; joinUrl: string | null }) {
  const { t } = useTranslation();
  const address = joinAddress(joinUrl);
  return (
    <section
      data-testid="live-join"
      data-has-qr={joinUrl !== null}
      style={{
        background: LIVE_COLORS.joinBox,
        color: LIVE_COLORS.onLight,
        border: `4px solid ${LIVE_COLORS.accent}`,
        borderRadius: 16,
        padding: '16px 28px',
        boxSizing: 'border-box',
        display: 'flex',
        gap: 28,
        alignItems: 'center',
        maxWidth: address ? 1180 : 900,
        minWidth: 0,
        flex: '0 1 auto',
      }}
    >
      {joinUrl !== null ? (
        <QrCode text={joinUrl} size={JOIN_QR_PX} label={t('liveProjector.join.qr')} />
      ) : null}
      <div style={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
        {joinUrl !== null ? (
          <div data-legibility="primary" style={{ fontSize: 54, fontWeight: 800, color: LIVE_COLORS.accent }}>
            {t('liveProjector.join.scan')}
          </div>
        ) : null}
        <div
          data-legibility="primary"
          style={{
            fontSize: 54,
            color: LIVE_COLORS.onLightSecondary,
            display: 'flex',
            flexWrap: 'wrap',
            columnGap: 20,
            alignItems: 'baseline',
          }}
        >
          <span>{t('liveProjector.join.wifi')}</span>
          <span
            data-testid="live-join-wifi"
            style={{
              fontSize: 64,
              fontWeight: 800,
              color: LIVE_COLORS.onLight,
              overflowWrap: 'anywhere',
              minWidth: 0,
            }}
          >
            {wifi?.trim() ? wifi : '—'}
          </span>
        </div>
        {address ? (
          <>
            <div
              data-legibility="secondary"
              style={{ fontSize: 40, color: LIVE_COLORS.onLightSecondary, marginTop: 8 }}
            >
              {t('liveProjector.join.typeAddress')}
            </div>
            <div
              data-legibility="primary"
              data-testid="live-join-host"
              style={{
                fontSize: 64,
                fontWeight: 800,
                fontVariantNumeric: 'tabular-nums',
                overflowWrap: 'anywhere',
              }}
            >
              {address.hostPort}
            </div>
            <div
              data-legibility="secondary"
              data-testid="live-join-url"
              style={{
                fontSize: 38,
                color: LIVE_COLORS.onLightSecondary,
                overflowWrap: 'anywhere',
              }}
            >
              {address.full}
            </div>
          </>
        ) : null}
      </div>
    </section>
  );
}
