import type { CardViewOf } from '../../../shared/domain';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';
import { Primary } from './parts';

export function CoverCard({ card, officeName }: { card: CardViewOf<'cover'>; officeName: string }) {
  return (
    <div
      style={{
        flex: '1 1 0',
        minHeight: 0,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        gap: 40,
        borderLeft: `24px solid ${COLORS.accent}`,
        paddingLeft: 64,
      }}
    >
      {officeName && (
        <Primary size={64} style={{ color: COLORS.accent, fontWeight: 700 }}>
          {officeName}
        </Primary>
      )}
      <FitText
        sizes={[128, 116, 104, 96, 88, 80, 72, 64, PRIMARY_MIN_PX]}
        maxHeight={520}
        legibility="primary"
        testId="card-title"
        style={{ fontWeight: 800, color: COLORS.text, flex: 'none' }}
      >
        {card.title}
      </FitText>
      {card.subtitle && (
        <FitText
          sizes={[64, 58, PRIMARY_MIN_PX]}
          maxHeight={240}
          legibility="primary"
          style={{ flex: 'none' }}
        >
          {card.subtitle}
        </FitText>
      )}
      {card.dateText && (
        <Primary size={60} style={{ color: COLORS.secondaryText }}>
          {card.dateText}
        </Primary>
      )}
    </div>
  );
}
