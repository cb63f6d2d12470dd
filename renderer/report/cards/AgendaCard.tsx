import { useTranslation } from 'react-i18next';
import type { CardViewOf } from '../../../shared/domain';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';
import { Primary } from './parts';

/** A part divider: white on deep blue, so the hall sees at once that a new part begins. */
export function AgendaCard({ card }: { card: CardViewOf<'agenda'> }) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        flex: '1 1 0',
        minHeight: 0,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        gap: 48,
        color: COLORS.onDivider,
      }}
    >
      {card.part !== null && (
        <Primary size={64} style={{ color: COLORS.onDivider, fontWeight: 700 }}>
          {t('reportCard.agenda.part', { n: card.part + 1 })}
        </Primary>
      )}
      <FitText
        sizes={[144, 128, 112, 100, 88, 76, 64, PRIMARY_MIN_PX]}
        maxHeight={600}
        legibility="primary"
        testId="card-title"
        style={{ fontWeight: 800, color: COLORS.onDivider, flex: 'none' }}
      >
        {card.title || t('reportCard.agenda.untitled')}
      </FitText>
      {card.plannedMinutes !== null && (
        <Primary size={PRIMARY_MIN_PX} style={{ color: COLORS.onDivider }}>
          {t('reportCard.agenda.minutes', { minutes: card.plannedMinutes })}
        </Primary>
      )}
    </div>
  );
}
