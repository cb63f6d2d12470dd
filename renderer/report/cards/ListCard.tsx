import { useTranslation } from 'react-i18next';
import { MAX_CARD_ROWS, type CardViewOf, type ListType } from '../../../shared/domain';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';
import { Body, CardTitle, Chip, Primary } from './parts';

export const LIST_TYPE_COLOR: Record<ListType, string> = {
  immediate: '#b91c1c',
  deadline: '#b45309',
  ongoing: '#1d4ed8',
};

/** At most seven rows: more cannot be read from the back; the rest are counted, not squeezed in. */
export function ListCard({ card }: { card: CardViewOf<'list'> }) {
  const { t } = useTranslation();
  const shown = card.items.slice(0, MAX_CARD_ROWS);
  return (
    <>
      <CardTitle text={card.title} />
      <Body>
        {card.items.length === 0 ? (
          <Primary size={PRIMARY_MIN_PX} style={{ color: COLORS.secondaryText }}>
            {t('reportCard.list.empty')}
          </Primary>
        ) : (
          <FitText
            sizes={[64, 58, PRIMARY_MIN_PX, 50, 46, 42]}
            legibility="primary"
            style={{ display: 'flex', flexDirection: 'column', gap: '0.2em', color: COLORS.text }}
          >
            <div data-row-count={card.items.length} style={{ display: 'contents' }}>
              {shown.map((item, i) => (
                <div key={i} data-card-row style={{ display: 'flex', gap: '0.5em', alignItems: 'baseline' }}>
                  {item.listType ? (
                    <Chip
                      text={t(`reportCard.list.type.${item.listType}`)}
                      color={LIST_TYPE_COLOR[item.listType]}
                    />
                  ) : (
                    <span style={{ color: COLORS.accent, fontWeight: 800 }}>{i + 1}.</span>
                  )}
                  <span style={{ flex: '1 1 auto' }}>{item.text}</span>
                </div>
              ))}
            </div>
            {card.items.length > shown.length && (
              <div style={{ color: COLORS.secondaryText }}>
                {t('reportCard.list.more', { count: card.items.length - shown.length })}
              </div>
            )}
          </FitText>
        )}
      </Body>
    </>
  );
}
