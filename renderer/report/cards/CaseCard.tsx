import { useTranslation } from 'react-i18next';
import type { CardViewOf, CasePhoto } from '../../../shared/domain';
import { useMedia } from '../../data/report-queries';
import { COLORS, PRIMARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';
import { Body, CardTitle, Chip, Primary, Secondary } from './parts';

function Photo({ meetingId, photo, label }: { meetingId: string; photo: CasePhoto; label: string }) {
  const { t } = useTranslation();
  const media = useMedia(meetingId, photo.mediaId);
  const loading = photo.mediaId !== null && media.isPending;
  return (
    <div style={{ flex: '1 1 0', minWidth: 0, display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Primary size={PRIMARY_MIN_PX} style={{ flex: 'none' }}>
        <Chip text={label} color={label === t('reportCard.case.after') ? '#047857' : COLORS.secondaryText} />
      </Primary>
      <div
        data-media-loading={loading ? '1' : undefined}
        style={{
          flex: '1 1 0',
          minHeight: 0,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          background: COLORS.placeholder,
          border: media.data ? 'none' : `4px dashed ${COLORS.rule}`,
          borderRadius: 12,
          overflow: 'hidden',
        }}
      >
        {media.data ? (
          <img
            src={media.data.url}
            alt={photo.caption || label}
            style={{ width: '100%', height: '100%', objectFit: 'contain', display: 'block' }}
          />
        ) : (
          !loading && (
            <Secondary size={44} style={{ textAlign: 'center' }}>
              {media.isError ? t('reportCard.case.photoMissing') : t('reportCard.case.noPhoto')}
            </Secondary>
          )
        )}
      </div>
      {photo.caption && (
        <Secondary size={44} style={{ flex: 'none', color: COLORS.text }}>
          {photo.caption}
        </Secondary>
      )}
    </div>
  );
}

/** A case: what it looked like before and after, in the office's own photos. */
export function CaseCard({ card, meetingId }: { card: CardViewOf<'case'>; meetingId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <CardTitle text={card.title} />
      <Body style={{ gap: 24 }}>
        {card.body && (
          <FitText
            sizes={[PRIMARY_MIN_PX, 48, 44, 40]}
            maxHeight={210}
            legibility="primary"
            style={{ flex: 'none', color: COLORS.text }}
          >
            {card.body}
          </FitText>
        )}
        <div style={{ flex: '1 1 0', minHeight: 0, display: 'flex', gap: 48 }}>
          <Photo meetingId={meetingId} photo={card.before} label={t('reportCard.case.before')} />
          <Photo meetingId={meetingId} photo={card.after} label={t('reportCard.case.after')} />
        </div>
      </Body>
    </>
  );
}
