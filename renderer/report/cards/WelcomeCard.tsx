import { useTranslation } from 'react-i18next';
import type { CardViewOf } from '../../../shared/domain';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';
import { QrCode } from './QrCode';
import { Body, CardTitle, Primary } from './parts';

/** Shown while people arrive: what, when, where, the agenda, the Wi-Fi, and the join QR once phones can join. */
export function WelcomeCard({ card, meetingTitle }: { card: CardViewOf<'welcome'>; meetingTitle: string }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('reportCard.welcome.time'), card.timeText],
    [t('reportCard.welcome.venue'), card.venue],
    [t('reportCard.welcome.wifi'), card.wifi],
  ].filter((fact): fact is [string, string] => Boolean(fact[1]));
  return (
    <>
      <CardTitle text={card.title || meetingTitle} />
      <Body style={{ flexDirection: 'row', gap: 64 }}>
        <FitText
          sizes={[64, 58, PRIMARY_MIN_PX, 50, 46, 42]}
          legibility="primary"
          style={{ display: 'flex', flexDirection: 'column', gap: '0.4em', color: COLORS.text }}
        >
          {facts.map(([label, value]) => (
            <div key={label}>
              <b style={{ color: COLORS.accent }}>{label}</b> {value}
            </div>
          ))}
          {card.agenda.length > 0 && (
            <div>
              <b style={{ color: COLORS.accent }}>{t('reportCard.welcome.agenda')}</b>
              <ol style={{ margin: '0.2em 0 0', paddingLeft: '1.4em' }}>
                {card.agenda.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ol>
            </div>
          )}
        </FitText>
        {card.joinUrl && (
          <div
            style={{ flex: 'none', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 16 }}
          >
            <QrCode text={card.joinUrl} size={400} label={t('reportCard.welcome.join')} />
            <Primary size={PRIMARY_MIN_PX} style={{ fontWeight: 700 }}>
              {t('reportCard.welcome.join')}
            </Primary>
          </div>
        )}
      </Body>
    </>
  );
}
