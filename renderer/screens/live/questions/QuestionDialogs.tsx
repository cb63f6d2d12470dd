import { DatePicker, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Community, Department, LocalDate, Question } from '../../../../shared/domain';
import { shanghaiToday } from '../../../../shared/logic/live/deadline';
import { askerCount } from '../../../../shared/logic/live/live-counts';
import { similarQuestions } from '../../../../shared/logic/live/question-similarity';
import { FieldError, FieldLabel } from './FieldLabel';
import { fieldErrorsOfApi, type FieldErrors } from './field-errors';
import { addDays } from './local-date';
import { mergeCandidates } from './open-questions';
import type { QuestionCalls } from './use-question-calls';

export type DialogKind = 'answer' | 'refer' | 'decline' | 'merge' | 'edit';

interface DialogProps {
  question: Question;
  calls: QuestionCalls;
  onClose: () => void;
}

/** Ctrl+Enter confirms a dialog from its text box, where plain Enter is a new line. */
function ctrlEnter(run: () => void) {
  return (event: ReactKeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing) {
      event.preventDefault();
      run();
    }
  };
}

function QuestionQuote({ question }: { question: Question }) {
  return (
    <Typography.Paragraph
      type="secondary"
      ellipsis={{ rows: 3, tooltip: question.text }}
      style={{ background: '#fafafa', padding: '6px 10px', borderRadius: 6, marginBottom: 12 }}
    >
      {question.text}
    </Typography.Paragraph>
  );
}

export function AnswerDialog({ question, calls, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    setBusy(true);
    const result = await calls.move(question, { to: 'answered', note: note.trim() });
    setBusy(false);
    if (result.ok) onClose();
  };
  return (
    <Modal
      open
      title={t('liveConsole.dialogs.answerTitle')}
      okText={t('liveConsole.dialogs.answerOk')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void ok()}
      onCancel={onClose}
    >
      <QuestionQuote question={question} />
      <FieldLabel htmlFor="answer-note">{t('liveConsole.dialogs.answerNote')}</FieldLabel>
      <Input.TextArea
        id="answer-note"
        autoFocus
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={ctrlEnter(() => void ok())}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={2000}
        placeholder={t('liveConsole.dialogs.answerNotePlaceholder')}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('liveConsole.dialogs.ctrlEnter')}
      </Typography.Text>
    </Modal>
  );
}

const REFER_PRESETS = [7, 15, 30] as const;

export function ReferDialog({
  question,
  calls,
  onClose,
  departments,
}: DialogProps & { departments: readonly Department[] }) {
  const { t } = useTranslation();
  const today = useMemo(() => shanghaiToday(new Date()), []);
  const [departmentId, setDepartmentId] = useState<string | null>(question.departmentId);
  const [days, setDays] = useState<number | null>(15);
  const [date, setDate] = useState<LocalDate>(addDays(today, 15));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    if (date < today) {
      setErrors({ dueDate: t('liveConsole.dialogs.referPast') });
      return;
    }
    setBusy(true);
    const result = await calls.move(question, {
      to: 'referred',
      departmentId,
      dueDate: date,
      note: note.trim(),
    });
    setBusy(false);
    if (result.ok) onClose();
    else setErrors(fieldErrorsOfApi(result.error, 'move'));
  };
  return (
    <Modal
      open
      title={t('liveConsole.dialogs.referTitle')}
      okText={t('liveConsole.dialogs.referOk')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void ok()}
      onCancel={onClose}
    >
      <QuestionQuote question={question} />
      <Space orientation="vertical" style={{ width: '100%' }} size={10}>
        <div>
          <FieldLabel htmlFor="refer-department">{t('liveConsole.dialogs.referDepartment')}</FieldLabel>
          <Select
            id="refer-department"
            autoFocus
            style={{ width: '100%' }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('liveConsole.entry.departmentPlaceholder')}
            value={departmentId ?? undefined}
            onChange={(value: string | undefined) => setDepartmentId(value ?? null)}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
          <FieldError id="refer-department-error" message={errors.departmentId} />
        </div>
        <div>
          <FieldLabel htmlFor="refer-date">{t('liveConsole.dialogs.referDue')}</FieldLabel>
          <Space wrap>
            <Radio.Group
              optionType="button"
              value={days}
              onChange={(e) => {
                const n = e.target.value as number;
                setDays(n);
                setDate(addDays(today, n));
                setErrors({});
              }}
              options={REFER_PRESETS.map((n) => ({
                value: n,
                label: t('liveConsole.dialogs.inDays', { count: n }),
              }))}
            />
            <DatePicker
              id="refer-date"
              allowClear={false}
              value={dayjs(date)}
              onChange={(value) => {
                if (!value) return;
                setDays(null);
                setDate(value.format('YYYY-MM-DD'));
                setErrors({});
              }}
            />
          </Space>
          <FieldError id="refer-date-error" message={errors.dueDate} />
        </div>
        <div>
          <FieldLabel htmlFor="refer-note">{t('liveConsole.dialogs.referNote')}</FieldLabel>
          <Input
            id="refer-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onPressEnter={() => void ok()}
            maxLength={500}
            placeholder={t('liveConsole.dialogs.referNotePlaceholder')}
          />
        </div>
      </Space>
    </Modal>
  );
}

export function DeclineDialog({ question, calls, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    if (!reason.trim()) {
      setError(t('liveConsole.dialogs.declineRequired'));
      return;
    }
    setBusy(true);
    const result = await calls.move(question, { to: 'declined', reason: reason.trim() });
    setBusy(false);
    if (result.ok) onClose();
    else setError(fieldErrorsOfApi(result.error, 'move').reason);
  };
  return (
    <Modal
      open
      title={t('liveConsole.dialogs.declineTitle')}
      okText={t('liveConsole.dialogs.declineOk')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void ok()}
      onCancel={onClose}
    >
      <QuestionQuote question={question} />
      <FieldLabel htmlFor="decline-reason">{t('liveConsole.dialogs.declineReason')}</FieldLabel>
      <Input.TextArea
        id="decline-reason"
        autoFocus
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setError(undefined);
        }}
        onKeyDown={ctrlEnter(() => void ok())}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={500}
        status={error ? 'error' : undefined}
        placeholder={t('liveConsole.dialogs.declinePlaceholder')}
      />
      <FieldError id="decline-reason-error" message={error} />
      <Typography.Text type="warning" style={{ fontSize: 12 }}>
        {t('liveConsole.dialogs.declineVisible')}
      </Typography.Text>
    </Modal>
  );
}

export function MergeDialog({
  question,
  calls,
  onClose,
  questions,
  onMerged,
}: DialogProps & { questions: readonly Question[]; onMerged: (source: Question, target: Question) => void }) {
  const { t } = useTranslation();
  const candidates = useMemo(() => mergeCandidates(questions, question.id), [questions, question.id]);
  const similar = useMemo(() => {
    const byId = new Map(candidates.map((q) => [q.id, q]));
    return similarQuestions(question.text, candidates, { limit: 5 })
      .map((s) => byId.get(s.id))
      .filter((q): q is Question => q !== undefined);
  }, [candidates, question.text]);
  const [targetId, setTargetId] = useState<string | null>(similar[0]?.id ?? null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const target = candidates.find((q) => q.id === targetId) ?? null;
  const ok = async () => {
    if (!target) {
      setError(t('liveConsole.dialogs.mergePick'));
      return;
    }
    setBusy(true);
    const result = await calls.merge(question, target);
    setBusy(false);
    if (result.ok) {
      onClose();
      onMerged(question, target);
    }
  };
  return (
    <Modal
      open
      title={t('liveConsole.dialogs.mergeTitle')}
      okText={t('liveConsole.dialogs.mergeOk')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void ok()}
      onCancel={onClose}
    >
      <QuestionQuote question={question} />
      {similar.length > 0 ? (
        <>
          <Typography.Text strong>{t('liveConsole.dialogs.mergeSimilar')}</Typography.Text>
          <Radio.Group
            value={targetId}
            onChange={(e) => {
              setTargetId(e.target.value as string);
              setError(undefined);
            }}
            style={{ display: 'flex', flexDirection: 'column', gap: 4, margin: '6px 0 12px' }}
          >
            {similar.map((q) => (
              <Radio key={q.id} value={q.id} style={{ alignItems: 'flex-start' }}>
                <span style={{ overflowWrap: 'anywhere' }}>{q.text}</span>{' '}
                <Tag>{t('live.askers', { count: askerCount(q, questions) })}</Tag>
              </Radio>
            ))}
          </Radio.Group>
        </>
      ) : (
        <Typography.Paragraph type="secondary">
          {t('liveConsole.dialogs.mergeNoSimilar')}
        </Typography.Paragraph>
      )}
      <FieldLabel htmlFor="merge-search">{t('liveConsole.dialogs.mergeSearch')}</FieldLabel>
      <Select
        id="merge-search"
        autoFocus
        style={{ width: '100%' }}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('liveConsole.dialogs.mergeSearchPlaceholder')}
        value={targetId ?? undefined}
        onChange={(value: string) => {
          setTargetId(value);
          setError(undefined);
        }}
        options={candidates.map((q) => ({ value: q.id, label: q.text }))}
        notFoundContent={t('liveConsole.dialogs.mergeNone')}
      />
      <FieldError id="merge-error" message={error} />
    </Modal>
  );
}

export function EditDialog({
  question,
  calls,
  onClose,
  communities,
  departments,
}: DialogProps & { communities: readonly Community[]; departments: readonly Department[] }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    text: question.text,
    communityId: question.communityId,
    category: question.category,
    departmentId: question.departmentId,
    askerName: question.askerName,
    askerPhone: question.askerPhone,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setErrors({});
  };
  const ok = async () => {
    const patch = Object.fromEntries(
      Object.entries(values).filter(([key, value]) => question[key as keyof typeof values] !== value),
    );
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    setBusy(true);
    const result = await calls.update(question, patch);
    setBusy(false);
    if (result.ok) onClose();
    else setErrors(fieldErrorsOfApi(result.error, 'patch'));
  };
  return (
    <Modal
      open
      title={t('liveConsole.dialogs.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void ok()}
      onCancel={onClose}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size={8}>
        <div>
          <FieldLabel htmlFor="edit-text">{t('liveConsole.entry.text')}</FieldLabel>
          <Input.TextArea
            id="edit-text"
            autoFocus
            value={values.text}
            onChange={(e) => set({ text: e.target.value })}
            onKeyDown={ctrlEnter(() => void ok())}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            status={errors.text ? 'error' : undefined}
          />
          <FieldError id="edit-text-error" message={errors.text} />
        </div>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <div style={{ flex: '1 1 180px' }}>
            <FieldLabel htmlFor="edit-community">{t('liveConsole.entry.community')}</FieldLabel>
            <Select
              id="edit-community"
              style={{ width: '100%' }}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={values.communityId ?? undefined}
              onChange={(value: string | undefined) => set({ communityId: value ?? null })}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
            />
          </div>
          <div style={{ flex: '1 1 180px' }}>
            <FieldLabel htmlFor="edit-category">{t('liveConsole.entry.category')}</FieldLabel>
            <Input
              id="edit-category"
              value={values.category}
              onChange={(e) => set({ category: e.target.value })}
              maxLength={50}
            />
          </div>
          <div style={{ flex: '1 1 180px' }}>
            <FieldLabel htmlFor="edit-department">{t('liveConsole.entry.department')}</FieldLabel>
            <Select
              id="edit-department"
              style={{ width: '100%' }}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={values.departmentId ?? undefined}
              onChange={(value: string | undefined) => set({ departmentId: value ?? null })}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </div>
        </div>
        <fieldset style={{ border: '1px dashed #d9d9d9', borderRadius: 6, padding: '0 8px 6px', margin: 0 }}>
          <legend style={{ fontSize: 12, color: '#ad6800', padding: '0 4px', width: 'auto', margin: 0 }}>
            {t('liveConsole.entry.staffOnly')}
          </legend>
          <div style={{ display: 'flex', gap: 8 }}>
            <div style={{ flex: 1 }}>
              <FieldLabel htmlFor="edit-name">{t('liveConsole.entry.askerName')}</FieldLabel>
              <Input
                id="edit-name"
                value={values.askerName}
                onChange={(e) => set({ askerName: e.target.value })}
                maxLength={50}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FieldLabel htmlFor="edit-phone">{t('liveConsole.entry.askerPhone')}</FieldLabel>
              <Input
                id="edit-phone"
                value={values.askerPhone}
                onChange={(e) => set({ askerPhone: e.target.value })}
                maxLength={32}
                status={errors.askerPhone ? 'error' : undefined}
              />
              <FieldError id="edit-phone-error" message={errors.askerPhone} />
            </div>
          </div>
        </fieldset>
      </Space>
    </Modal>
  );
}
