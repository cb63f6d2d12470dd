import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../shared/domain';

/** The visible cards by number and title; a click jumps there (hidden cards are never shown). */
export function CardList({
  visible,
  currentId,
  onPick,
}: {
  visible: readonly CardView[];
  currentId: string | null;
  onPick: (card: CardView) => void;
}) {
  const { t } = useTranslation();
  const currentRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);
  return (
    <nav aria-label={t('reportConsole.list.title')} style={{ overflow: 'auto', minHeight: 0, flex: 1 }}>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {visible.map((card, i) => {
          const current = card.id === currentId;
          const title = card.title || t(`reportConsole.kinds.${card.kind}`);
          return (
            <li key={card.id}>
              <button
                type="button"
                ref={current ? currentRef : undefined}
                data-card-id={card.id}
                aria-current={current ? 'true' : undefined}
                aria-label={t('reportConsole.list.goTo', { n: i + 1, title })}
                onClick={(e) => {
                  onPick(card);
                  // Space and Enter from a remote must move the deck, not press this button again.
                  e.currentTarget.blur();
                }}
                style={{
                  display: 'flex',
                  gap: 8,
                  width: '100%',
                  textAlign: 'start',
                  padding: card.kind === 'agenda' ? '6px 8px' : '4px 8px 4px 20px',
                  border: 'none',
                  borderInlineStart: current ? '4px solid #60a5fa' : '4px solid transparent',
                  background: current ? '#1e3a5f' : 'transparent',
                  color: '#f3f4f6',
                  fontWeight: card.kind === 'agenda' ? 700 : 400,
                  cursor: 'pointer',
                  fontSize: 14,
                }}
              >
                <span style={{ minWidth: 24, color: '#d1d5db', fontVariantNumeric: 'tabular-nums' }}>
                  {i + 1}
                </span>
                <span
                  style={{
                    flex: 1,
                    minWidth: 0,
                    overflow: 'hidden',
                    textOverflow: 'ellipsis',
                    whiteSpace: 'nowrap',
                  }}
                >
                  {title}
                </span>
                <span style={{ color: '#d1d5db', fontSize: 12 }}>
                  {t(`reportConsole.kinds.${card.kind}`)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
