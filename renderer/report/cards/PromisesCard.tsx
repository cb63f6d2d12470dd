import { useTranslation } from 'react-i18next';
import { MAX_CARD_ROWS, type CardViewOf, type PromiseStatus } from '../../../shared/domain';
import { formatShanghai } from '../../../shared/logic/shanghai-time';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';
import { Body, CardTitle, Chip, Primary, Secondary } from './parts';

/** Each status its own colour, all dark enough for white text on them. */
const STATUS_COLOR: Record<PromiseStatus, string> = {
  assigned: '#374151',
  inProgress: '#1d4ed8',
  done: '#047857',
  evaluated: '#065f46',
  overdue: '#b91c1c',
};

/** What the office promised last time and where each promise stands; says so plainly when there is nothing. */
export function PromisesCard({ card }: { card: CardViewOf<'promises'> }) {
  const { t } = useTranslation();
  const shown = card.items.slice(0, MAX_CARD_ROWS);
  const empty = card.previous === null || card.total === 0;
  return (
    <>
      <CardTitle text={card.title} />
      {empty ? (
        <Body style={{ justifyContent: 'center', alignItems: 'center', gap: 24 }}>
          <Primary size={64} style={{ fontWeight: 700, textAlign: 'center' }} testId="promises-empty">
            {card.previous === null ? t('reportCard.promises.noPrevious') : t('reportCard.promises.noItems')}
          </Primary>
          {card.previous && (
            <Secondary size={44}>
              {t('reportCard.promises.previous', {
                title: card.previous.title,
                date: formatShanghai(card.previous.startsAt, 'YYYY-MM-DD'),
              })}
            </Secondary>
          )}
        </Body>
      ) : (
        <Body style={{ gap: 24 }}>
          <div style={{ display: 'flex', alignItems: 'baseline', gap: 40, flexWrap: 'wrap', flex: 'none' }}>
            <Primary size={72} style={{ fontWeight: 800, color: COLORS.accent }} testId="promises-summary">
              {t('reportCard.promises.summary', { done: card.done, total: card.total })}
            </Primary>
            {card.previous && (
              <Secondary size={40}>
                {t('reportCard.promises.previous', {
                  title: card.previous.title,
                  date: formatShanghai(card.previous.startsAt, 'YYYY-MM-DD'),
                })}
              </Secondary>
            )}
          </div>
          <FitText
            sizes={[PRIMARY_MIN_PX, 50, 46, 42, 38]}
            legibility="primary"
            style={{ display: 'flex', flexDirection: 'column', gap: '0.2em', color: COLORS.text }}
          >
            <div data-row-count={card.items.length} style={{ display: 'contents' }}>
              {shown.map((item, i) => (
                <div key={i} data-card-row style={{ display: 'flex', gap: '0.5em', alignItems: 'baseline' }}>
                  <Chip
                    text={t(`reportCard.promises.status.${item.status}`)}
                    color={STATUS_COLOR[item.status]}
                  />
                  <span style={{ flex: '1 1 auto' }}>{item.text}</span>
                  <span style={{ whiteSpace: 'nowrap', color: COLORS.secondaryText }}>
                    {[item.department, item.deadline].filter(Boolean).join(' · ')}
                  </span>
                </div>
              ))}
            </div>
            {card.total > shown.length && (
              <div style={{ color: COLORS.secondaryText }}>
                {t('reportCard.promises.more', { count: card.total - shown.length })}
              </div>
            )}
          </FitText>
        </Body>
      )}
    </>
  );
}
