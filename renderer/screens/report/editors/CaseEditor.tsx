import { DeleteOutlined, PictureOutlined } from '@ant-design/icons';
import { Alert, Button, Image, Input, Progress, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardOf, CasePhoto } from '../../../../shared/domain';
import { MAX_MEDIA_BYTES } from '../../../../shared/api';
import { apiErrorOf } from '../../../data/api-failure';
import { call } from '../../../data/call';
import { useMedia } from '../../../data/report-queries';
import { useErrorText } from '../../../i18n/use-error-text';
import { readFileBase64 } from '../../prepare/read-file-base64';
import { AreaField, type EditorProps } from './fields';

const ACCEPT = 'image/jpeg,image/png,.jpg,.jpeg,.png';

export function CaseEditor({ card, meetingId, onChange }: EditorProps<CardOf<'case'>>) {
  const { t } = useTranslation();
  return (
    <>
      <AreaField
        label={t('reportBuilder.fields.caseBody')}
        value={card.body}
        maxLength={500}
        onChange={(body) => onChange({ body }, 'body')}
      />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 12 }}>
        {(['before', 'after'] as const).map((side) => (
          <PhotoSlot
            key={side}
            side={side}
            meetingId={meetingId}
            photo={card[side]}
            onChange={(photo, field) => onChange({ [side]: photo }, field)}
          />
        ))}
      </div>
    </>
  );
}

type Upload =
  { step: 'idle' } | { step: 'reading' | 'sending'; file: string } | { step: 'failed'; message: string };

function PhotoSlot({
  side,
  meetingId,
  photo,
  onChange,
}: {
  side: 'before' | 'after';
  meetingId: string;
  photo: CasePhoto;
  onChange: (photo: CasePhoto, field: string) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const picker = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>({ step: 'idle' });
  const media = useMedia(meetingId, photo.mediaId);
  const label = t(`reportBuilder.case.${side}`);

  const pick = async (file: File) => {
    if (file.size > MAX_MEDIA_BYTES) {
      setUpload({ step: 'failed', message: t('reportBuilder.case.tooLarge', { name: file.name }) });
      return;
    }
    setUpload({ step: 'reading', file: file.name });
    try {
      const dataBase64 = await readFileBase64(file);
      setUpload({ step: 'sending', file: file.name });
      const info = await call('media.add', { meetingId, fileName: file.name, dataBase64 });
      onChange({ ...photo, mediaId: info.mediaId }, '');
      setUpload({ step: 'idle' });
    } catch (error) {
      setUpload({ step: 'failed', message: errorText(apiErrorOf(error)) });
    }
  };

  const busy = upload.step === 'reading' || upload.step === 'sending';
  return (
    <div style={{ border: '1px solid #e5e8ee', borderRadius: 8, padding: 10 }}>
      <Typography.Text strong>{label}</Typography.Text>
      <input
        ref={picker}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid={`case-photo-${side}`}
        aria-label={t('reportBuilder.case.pick', { side: label })}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file can be picked again after a refusal
          if (file) void pick(file);
        }}
      />
      <div
        style={{
          margin: '8px 0',
          minHeight: 90,
          display: 'grid',
          placeItems: 'center',
          background: '#fafafa',
        }}
      >
        {photo.mediaId && media.data ? (
          <Image src={media.data.url} alt={photo.caption || label} style={{ maxHeight: 120 }} />
        ) : photo.mediaId && media.isError ? (
          <Typography.Text type="danger">{t('reportBuilder.case.missing')}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('reportBuilder.case.none')}</Typography.Text>
        )}
      </div>
      {busy ? (
        <div role="status">
          <Typography.Text type="secondary">
            {t(`reportBuilder.case.${upload.step}`, { name: upload.file })}
          </Typography.Text>
          <Progress
            percent={upload.step === 'reading' ? 30 : 70}
            status="active"
            showInfo={false}
            size="small"
          />
        </div>
      ) : null}
      {upload.step === 'failed' ? (
        <Alert type="error" showIcon style={{ marginBottom: 8 }} title={upload.message} />
      ) : null}
      <Space wrap style={{ marginBottom: 8 }}>
        <Button
          size="small"
          icon={<PictureOutlined />}
          disabled={busy}
          onClick={() => picker.current?.click()}
        >
          {photo.mediaId ? t('reportBuilder.case.replace') : t('reportBuilder.case.choose')}
        </Button>
        {photo.mediaId ? (
          <Button
            size="small"
            icon={<DeleteOutlined />}
            onClick={() => onChange({ ...photo, mediaId: null }, '')}
          >
            {t('reportBuilder.case.remove')}
          </Button>
        ) : null}
      </Space>
      <Input
        aria-label={t('reportBuilder.case.caption', { side: label })}
        placeholder={t('reportBuilder.case.captionPlaceholder')}
        value={photo.caption}
        maxLength={100}
        onChange={(event) => onChange({ ...photo, caption: event.target.value }, `caption-${side}`)}
      />
    </div>
  );
}
