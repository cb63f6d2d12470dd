import { useTranslation } from 'react-i18next';
import type { PublicCommitment } from '../../../shared/domain';
import { FitText } from '../../report/FitText';
import { Chip } from '../../report/cards/parts';
import { LIST_TYPE_COLORS, LIVE_COLORS, LIVE_TEXT_SIZES } from './live-style';
import { useDateText } from './use-date-text';

const LABEL = { color: LIVE_COLORS.onDarkSecondary, fontWeight: 700 } as const;

/**
 * 当场承诺, as the room should remember it: what will be done, by which list, who leads and who
 * helps (吹哨报到), who answers for it and by when (or, for 持续推进, each dated milestone). All of
 * it shrinks together to fit the box, so nothing is cut.
 */
export function CommitmentOverlay({ commitment }: { commitment: PublicCommitment }) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const separator = t('common.listSeparator');
  return (
    <section
      data-testid="live-commitment"
      data-commitment-id={commitment.id}
      style={{
        background: LIVE_COLORS.commitmentBox,
        color: LIVE_COLORS.onDark,
        borderRadius: 16,
        padding: '28px 36px',
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        flex: '1 1 0',
        minHeight: 0,
        minWidth: 0,
      }}
    >
      <FitText
        sizes={LIVE_TEXT_SIZES.slice(3)}
        legibility="primary"
        style={{ display: 'flex', flexDirection: 'column', gap: '0.25em' }}
      >
        <div data-testid="live-commitment-text" style={{ fontWeight: 800 }}>
          <Chip
            lineHeight="inherit"
            text={t('liveProjector.commitment.heading')}
            color={LIVE_COLORS.accent}
          />{' '}
          <Chip
            lineHeight="inherit"
            text={t(`live.listTypes.${commitment.listType}`)}
            color={LIST_TYPE_COLORS[commitment.listType]}
          />{' '}
          {commitment.text}
        </div>
        <div>
          <span style={LABEL}>{t('liveProjector.commitment.lead')}</span>{' '}
          {commitment.leadDepartmentName || '—'}
          {commitment.coDepartmentNames.length > 0 ? (
            <>
              {t('liveProjector.commitment.partSeparator')}
              <span style={LABEL}>{t('liveProjector.commitment.co')}</span>{' '}
              {commitment.coDepartmentNames.join(separator)}
            </>
          ) : null}
        </div>
        <div>
          <span style={LABEL}>{t('liveProjector.commitment.owner')}</span> {commitment.owner || '—'}
          {commitment.deadline !== null || commitment.milestones.length === 0 ? (
            <>
              {t('liveProjector.commitment.partSeparator')}
              <span style={LABEL}>{t('liveProjector.commitment.deadline')}</span>{' '}
              {dateText(commitment.deadline)}
            </>
          ) : null}
        </div>
        {commitment.milestones.length > 0 ? (
          <div>
            <span style={LABEL}>{t('liveProjector.commitment.milestones')}</span>
            {commitment.milestones.map((m, i) => (
              <div key={i} style={{ paddingLeft: '1em' }}>
                {t('liveProjector.commitment.milestone', { date: dateText(m.dueDate), text: m.text })}
              </div>
            ))}
          </div>
        ) : null}
      </FitText>
    </section>
  );
}
