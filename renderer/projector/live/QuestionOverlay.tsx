import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicQuestion } from '../../../shared/domain';
import { PRIMARY_MIN_PX } from '../../report/card-style';
import { FitText } from '../../report/FitText';
import { Chip } from '../../report/cards/parts';
import { LIVE_COLORS, LIVE_TEXT_SIZES } from './live-style';
import { useBoxHeight } from './use-box-height';

const BOX_PAD = 28;
const INNER_GAP = 12;

/**
 * The question on screen, large, on a band of its own: category, community and how many asked it;
 * never who asked (the public view has no name or phone). The text takes the height the other
 * overlays leave (`room`), wrapping first and shrinking only when it must.
 */
export function QuestionOverlay({ question, room }: { question: PublicQuestion; room: number }) {
  const { t } = useTranslation();
  const meta = useRef<HTMLDivElement>(null);
  const metaHeight = useBoxHeight(meta);
  const textRoom = Math.max(PRIMARY_MIN_PX * 1.45, room - 2 * BOX_PAD - metaHeight - INNER_GAP);
  return (
    <section
      data-testid="live-question"
      data-question-id={question.id}
      style={{
        background: LIVE_COLORS.questionBox,
        color: LIVE_COLORS.onDark,
        borderRadius: 16,
        padding: `${BOX_PAD}px ${BOX_PAD + 8}px`,
        display: 'flex',
        flexDirection: 'column',
        gap: INNER_GAP,
        maxHeight: room,
        boxSizing: 'border-box',
        minWidth: 0,
      }}
    >
      <div
        ref={meta}
        data-legibility="primary"
        style={{
          fontSize: PRIMARY_MIN_PX,
          color: LIVE_COLORS.onDarkSecondary,
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'baseline',
          columnGap: '0.6em',
          flex: 'none',
        }}
      >
        <Chip
          lineHeight="inherit"
          text={question.category || t('liveProjector.question.heading')}
          color={LIVE_COLORS.chip}
        />
        {question.communityName ? <span>{question.communityName}</span> : null}
        {question.askers > 1 ? (
          <span data-testid="live-question-askers">{t('live.askers', { count: question.askers })}</span>
        ) : null}
        {question.votes > 0 ? <span>{t('live.votes', { count: question.votes })}</span> : null}
      </div>
      <FitText
        sizes={LIVE_TEXT_SIZES}
        maxHeight={textRoom}
        legibility="primary"
        testId="live-question-text"
        style={{ fontWeight: 700, color: LIVE_COLORS.onDark, flex: 'none' }}
      >
        {question.text}
      </FitText>
    </section>
  );
}
