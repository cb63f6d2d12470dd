import { useTranslation } from 'react-i18next';
import type { CardViewOf } from '../../../shared/domain';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';
import { QrCode } from './QrCode';
import { Body, CardTitle, Primary } from './parts';

export function ClosingCard({ card }: { card: CardViewOf<'closing'> }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('reportCard.closing.contact'), card.contact],
    [t('reportCard.closing.nextMeeting'), card.nextMeeting],
  ].filter((fact): fact is [string, string] => Boolean(fact[1]));
  return (
    <>
      <CardTitle text={card.title || t('reportCard.closing.thanks')} />
      <Body style={{ flexDirection: 'row', gap: 64 }}>
        <FitText
          sizes={[64, 58, PRIMARY_MIN_PX, 50, 46, 42]}
          legibility="primary"
          style={{
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            gap: '0.6em',
            color: COLORS.text,
          }}
        >
          {facts.map(([label, value]) => (
            <div key={label}>
              <div style={{ color: COLORS.accent, fontWeight: 800 }}>{label}</div>
              <div>{value}</div>
            </div>
          ))}
        </FitText>
        {card.qrText && (
          <div
            style={{
              flex: 'none',
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              justifyContent: 'center',
              gap: 16,
            }}
          >
            <QrCode text={card.qrText} size={400} label={t('reportCard.closing.qr')} />
            <Primary size={PRIMARY_MIN_PX} style={{ fontWeight: 700 }}>
              {t('reportCard.closing.qr')}
            </Primary>
          </div>
        )}
      </Body>
    </>
  );
}
