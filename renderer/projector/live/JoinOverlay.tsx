import { useTranslation } from 'react-i18next';
import { QrCode } from '../../report/cards/QrCode';
import { JOIN_QR_PX, LIVE_COLORS } from './live-style';

/**
 * How residents join: the Wi-Fi name and, once phones can join (a join address exists), the QR.
 * Without the address there is no QR and nothing that looks like one.
 */
export function JoinOverlay({ wifi, joinUrl }: { wifi: string | null; joinUrl: string | null }) {
  const { t } = useTranslation();
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
        gap: 24,
        alignItems: 'center',
        maxWidth: 900,
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
        <div data-legibility="primary" style={{ fontSize: 54, color: LIVE_COLORS.onLightSecondary }}>
          {t('liveProjector.join.wifi')}
        </div>
        <div
          data-legibility="primary"
          data-testid="live-join-wifi"
          style={{ fontSize: 64, fontWeight: 800, overflowWrap: 'anywhere' }}
        >
          {wifi?.trim() ? wifi : '—'}
        </div>
      </div>
    </section>
  );
}
