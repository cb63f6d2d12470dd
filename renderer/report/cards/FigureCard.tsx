import { useTranslation } from 'react-i18next';
import type { CardViewOf } from '../../../shared/domain';
import { figureText } from '../../../shared/logic/figure-text';
import { useCurrentLanguage } from '../../i18n/use-language';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';
import { Body, CardTitle, Chip, Primary, Secondary } from './parts';

/** One huge number, what it is, what it is out of and when, and where it comes from. */
export function FigureCard({ card }: { card: CardViewOf<'figure'> }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const text = figureText(card, language);
  // A percentage carries its own unit; "−19.2% 件" would read as a count.
  const showUnit = Boolean(text.unit) && text.value !== '—' && !text.value.endsWith('%');
  return (
    <>
      <CardTitle text={card.title} />
      <Body style={{ justifyContent: 'center', gap: 16 }}>
        {card.label && card.label !== card.title && (
          <Primary size={72} style={{ fontWeight: 700 }} testId="figure-label">
            {card.label}
          </Primary>
        )}
        <FitText
          sizes={[300, 260, 220, 190, 160, 130, 110, 90]}
          legibility="primary"
          testId="figure-value"
          style={{
            fontWeight: 800,
            color: COLORS.accent,
            lineHeight: 1.45,
            display: 'flex',
            alignItems: 'center',
            maxHeight: 440,
            whiteSpace: 'nowrap',
          }}
        >
          <span>{text.value}</span>
          {showUnit && (
            <span
              style={{
                fontSize: '0.36em',
                marginLeft: '0.2em',
                color: COLORS.text,
                alignSelf: 'flex-end',
                marginBottom: '0.3em',
              }}
            >
              {text.unit}
            </span>
          )}
        </FitText>
        {text.detail && (
          <Primary size={PRIMARY_MIN_PX} testId="figure-detail">
            {text.detail}
          </Primary>
        )}
        {text.comparison && (
          <Primary size={PRIMARY_MIN_PX} style={{ fontWeight: 700 }} testId="figure-comparison">
            {text.comparison}
          </Primary>
        )}
        {(card.sourceNote || card.manual) && (
          <Secondary size={40} style={{ display: 'flex', gap: 24, alignItems: 'center', flexWrap: 'wrap' }}>
            {card.manual && <Chip text={t('reportCard.figure.manual')} color={COLORS.secondaryText} />}
            {card.sourceNote && <span>{t('reportCard.figure.source', { source: card.sourceNote })}</span>}
          </Secondary>
        )}
      </Body>
    </>
  );
}
