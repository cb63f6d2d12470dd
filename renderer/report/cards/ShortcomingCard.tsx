import { useTranslation } from 'react-i18next';
import type { CardViewOf } from '../../../shared/domain';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';
import { CardTitle, Chip, orDash } from './parts';

/**
 * 亮短板: what is not done yet, why, what will be done, by whom and by when. Set apart by a deep
 * red band and tag, so it reads as a shortcoming owned, not an achievement.
 */
export function ShortcomingCard({ card }: { card: CardViewOf<'shortcoming'> }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('reportCard.shortcoming.problem'), card.problem],
    [t('reportCard.shortcoming.cause'), card.cause],
    [t('reportCard.shortcoming.measure'), card.measure],
  ];
  return (
    <>
      <div style={{ display: 'flex', alignItems: 'flex-start', gap: 32, flex: 'none' }}>
        <div data-legibility="primary" style={{ fontSize: 64, lineHeight: 1.45, flex: 'none' }}>
          <Chip text={t('reportCard.shortcoming.badge')} color={COLORS.shortcoming} />
        </div>
        <div style={{ flex: '1 1 auto', minWidth: 0 }}>
          <CardTitle text={card.title} />
        </div>
      </div>
      <div
        data-testid="shortcoming-body"
        style={{
          flex: '1 1 0',
          minHeight: 0,
          display: 'flex',
          flexDirection: 'column',
          background: COLORS.shortcomingTint,
          borderLeft: `20px solid ${COLORS.shortcoming}`,
          padding: '28px 40px',
          gap: 24,
        }}
      >
        <FitText
          sizes={[60, PRIMARY_MIN_PX, 50, 46, 42, 38]}
          legibility="primary"
          style={{
            display: 'grid',
            gridTemplateColumns: 'auto 1fr',
            columnGap: '0.8em',
            rowGap: '0.4em',
            alignContent: 'start',
            color: COLORS.text,
          }}
        >
          {rows.map(([label, text]) => (
            <div key={label} style={{ display: 'contents' }}>
              <span style={{ fontWeight: 800, color: COLORS.shortcoming, whiteSpace: 'nowrap' }}>
                {label}
              </span>
              <span>{orDash(text)}</span>
            </div>
          ))}
        </FitText>
        <div
          data-legibility="primary"
          style={{
            fontSize: PRIMARY_MIN_PX,
            lineHeight: 1.45,
            display: 'flex',
            gap: '1.2em',
            flexWrap: 'wrap',
            flex: 'none',
            color: COLORS.text,
          }}
        >
          <span>
            <b style={{ color: COLORS.shortcoming }}>{t('reportCard.shortcoming.department')}</b>{' '}
            {orDash(card.department)}
          </span>
          <span>
            <b style={{ color: COLORS.shortcoming }}>{t('reportCard.shortcoming.deadline')}</b>{' '}
            {orDash(card.deadline)}
          </span>
        </div>
      </div>
    </>
  );
}
