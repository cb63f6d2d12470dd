import { Button, Input, Modal, Radio, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MEDIA_BYTES } from '../../../shared/api';
import type { FollowUpEndState, Verdict } from '../../../shared/domain';
import { apiErrorOf } from '../../data/api-failure';
import { call } from '../../data/call';
import { useErrorText } from '../../i18n/use-error-text';
import { readFileBase64 } from '../prepare/read-file-base64';
import { beijingToday } from './beijing-today';
import { defaultEndState, verdictProblem } from './list-model';

const ACCEPT = 'image/jpeg,image/png,.jpg,.jpeg,.png';
const MAX_PHOTOS = 9;

export interface ReplyValues {
  date: string;
  text: string;
  photos: string[];
}

/**
 * 反馈 (one item) or 统一反馈 (many): the day the work was done, what was done, photos when one item.
 * The modal stays open with what was typed until `onSubmit` reports success.
 */
export function ReplyModal({
  title,
  meetingId,
  onSubmit,
  onClose,
}: {
  title: string;
  /** Photos are stored with the meeting; null when the reply goes to many items (no photos). */
  meetingId: string | null;
  onSubmit: (values: ReplyValues) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [date, setDate] = useState(beijingToday);
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<{ id: string; name: string }[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const pick = async (files: File[]) => {
    if (!meetingId) return;
    setProblem(null);
    setUploading(true);
    try {
      for (const file of files) {
        if (photos.length >= MAX_PHOTOS) break;
        if (file.size > MAX_MEDIA_BYTES) {
          setProblem(t('followUp.reply.tooLarge', { name: file.name }));
          continue;
        }
        const dataBase64 = await readFileBase64(file);
        const info = await call('media.add', { meetingId, fileName: file.name, dataBase64 });
        setPhotos((p) => (p.length >= MAX_PHOTOS ? p : [...p, { id: info.mediaId, name: file.name }]));
      }
    } catch (error) {
      setProblem(errorText(apiErrorOf(error)));
    } finally {
      setUploading(false);
    }
  };

  const submit = async () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem(t('followUp.reply.needDate'));
    if (text.trim() === '') return setProblem(t('followUp.reply.needText'));
    setBusy(true);
    const ok = await onSubmit({ date, text: text.trim(), photos: photos.map((p) => p.id) });
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Modal
      open
      title={title}
      okText={t('followUp.reply.submit')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ loading: busy, disabled: uploading, 'data-testid': 'reply-submit' }}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <label>
          <Typography.Text>{t('followUp.reply.date')}</Typography.Text>
          <Input
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            data-testid="reply-date"
            aria-label={t('followUp.reply.date')}
          />
        </label>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('followUp.reply.dateHint')}
        </Typography.Text>
        <label>
          <Typography.Text>{t('followUp.reply.text')}</Typography.Text>
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="reply-text"
            aria-label={t('followUp.reply.text')}
          />
        </label>
        {meetingId ? (
          <div>
            <input
              ref={picker}
              type="file"
              accept={ACCEPT}
              multiple
              hidden
              data-testid="reply-photos"
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                void pick(files);
              }}
            />
            <Space wrap>
              <Button
                size="small"
                loading={uploading}
                disabled={photos.length >= MAX_PHOTOS}
                onClick={() => picker.current?.click()}
              >
                {t('followUp.reply.addPhotos', { count: photos.length, max: MAX_PHOTOS })}
              </Button>
              {photos.map((p) => (
                <Button
                  key={p.id}
                  size="small"
                  type="dashed"
                  title={t('followUp.reply.removePhoto')}
                  onClick={() => setPhotos((all) => all.filter((x) => x.id !== p.id))}
                >
                  {p.name} ×
                </Button>
              ))}
            </Space>
          </div>
        ) : null}
        {problem ? (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        ) : null}
      </Space>
    </Modal>
  );
}

export interface VerdictValues {
  verdict: Verdict;
  end: FollowUpEndState | null;
  note: string;
}

const VERDICTS: readonly Verdict[] = ['satisfied', 'basically_satisfied', 'dissatisfied'];
const ENDS: readonly FollowUpEndState[] = ['solved', 'partly_solved', 'closed_unsolved'];

/**
 * 群众评议. A satisfied resident does not make an unsolved item solved, so 满意 / 基本满意 ask for the
 * honest end state (preset to 已解决 only for 满意); 不满意 asks why, which reopens the item.
 */
export function VerdictModal({
  title,
  onSubmit,
  onClose,
}: {
  title: string;
  onSubmit: (values: VerdictValues) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [end, setEnd] = useState<FollowUpEndState | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const missing = verdictProblem({ verdict, end, note });
    if (missing || verdict === null) return setProblem(t(`followUp.verdict.need.${missing ?? 'verdict'}`));
    setBusy(true);
    const ok = await onSubmit({
      verdict,
      end: verdict === 'dissatisfied' ? null : end,
      note: note.trim(),
    });
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Modal
      open
      title={title}
      okText={t('followUp.verdict.submit')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ loading: busy, 'data-testid': 'verdict-submit' }}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t('followUp.verdict.label')}</Typography.Text>
        <Radio.Group
          value={verdict}
          onChange={(e) => {
            const next = e.target.value as Verdict;
            setVerdict(next);
            setEnd(defaultEndState(next));
            setProblem(null);
          }}
          optionType="button"
          data-testid="verdict-choice"
          options={VERDICTS.map((v) => ({ value: v, label: t(`followUp.verdicts.${v}`) }))}
        />
        {verdict !== null && verdict !== 'dissatisfied' ? (
          <>
            <Typography.Text>{t('followUp.verdict.end')}</Typography.Text>
            <Radio.Group
              value={end}
              onChange={(e) => setEnd(e.target.value as FollowUpEndState)}
              data-testid="verdict-end"
              options={ENDS.map((s) => ({ value: s, label: t(`followUp.states.${s}`) }))}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('followUp.verdict.endHint')}
            </Typography.Text>
          </>
        ) : null}
        {verdict !== null ? (
          <label>
            <Typography.Text>
              {verdict === 'dissatisfied' ? t('followUp.verdict.reason') : t('followUp.verdict.note')}
            </Typography.Text>
            <Input.TextArea
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              data-testid="verdict-note"
              aria-label={t('followUp.verdict.note')}
            />
          </label>
        ) : null}
        {problem ? (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        ) : null}
      </Space>
    </Modal>
  );
}

/** A reason asked before a step that needs one (已办结未解决, 重新办理). */
export function ReasonModal({
  title,
  label,
  onSubmit,
  onClose,
}: {
  title: string;
  label: string;
  onSubmit: (reason: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (reason.trim() === '') return setProblem(true);
    setBusy(true);
    const ok = await onSubmit(reason.trim());
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ loading: busy, 'data-testid': 'reason-submit' }}
      destroyOnHidden
    >
      <label>
        <Typography.Text>{label}</Typography.Text>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setProblem(false);
          }}
          data-testid="reason-text"
          aria-label={label}
        />
      </label>
      {problem ? (
        <Typography.Text type="danger" role="alert">
          {t('followUp.reasonNeeded')}
        </Typography.Text>
      ) : null}
    </Modal>
  );
}
