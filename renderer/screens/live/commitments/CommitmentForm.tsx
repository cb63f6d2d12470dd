import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  DatePicker,
  Input,
  Modal,
  Radio,
  Segmented,
  Select,
  Space,
  Typography,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useMemo, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DeadlinePreset,
  ListType,
  type Commitment,
  type DeadlineInput,
  type Department,
  type Question,
} from '../../../../shared/domain';
import { resolveDeadline, shanghaiToday } from '../../../../shared/logic/live/deadline';
import type { ApiError, LiveQuestions } from '../../../../shared/api';
import { call } from '../../../data/call';
import { liveKeys } from '../../../data/live-queries';
import { FieldError, FieldLabel } from '../questions/FieldLabel';
import { useLiveCall } from '../use-live-call';
import {
  checkCommitment,
  draftOf,
  milestoneKey,
  newCommitmentValues,
  patchOf,
  valuesOfCommitment,
  type CommitmentFormErrors,
  type CommitmentFormValues,
} from './commitment-form-values';

/** What the form is for: a question turned into a commitment, an official's announcement, or an edit. */
export type CommitmentFormTarget =
  { kind: 'new'; question: Question | null } | { kind: 'edit'; commitment: Commitment };

interface Props {
  meetingId: string;
  target: CommitmentFormTarget;
  departments: readonly Department[];
  by: string;
  onClose: () => void;
}

type DeadlineChoice = DeadlinePreset | 'date' | 'none';

function choiceOf(deadline: DeadlineInput): DeadlineChoice {
  return deadline.kind === 'preset' ? deadline.preset : deadline.kind;
}

/**
 * 形成承诺 / 宣布承诺: what will be done, by whom (牵头 and 协办, 吹哨报到), by when. Deadlines resolve in
 * Asia/Shanghai with the same rule the service uses, so the date shown is the date stored.
 */
export function CommitmentForm({ meetingId, target, departments, by, onClose }: Props) {
  const { t } = useTranslation();
  const live = useLiveCall(meetingId);
  const stored = target.kind === 'edit' ? target.commitment : null;
  const question = target.kind === 'new' ? target.question : null;
  const [values, setValues] = useState<CommitmentFormValues>(() =>
    stored ? valuesOfCommitment(stored) : newCommitmentValues(question),
  );
  const [errors, setErrors] = useState<CommitmentFormErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [showAfter, setShowAfter] = useState(true);
  const [busy, setBusy] = useState(false);
  // The revisions the operator saw on opening; a save over another console's newer one is refused,
  // then the form moves to the new revision and keeps what was typed.
  const client = useQueryClient();
  const [revision, setRevision] = useState(() => stored?.revision ?? question?.revision ?? 0);
  const repin = (error: ApiError) => {
    if (error.code !== 'conflict') return;
    const fresh = stored
      ? client.getQueryData<Commitment[]>(liveKeys.commitments(meetingId))?.find((c) => c.id === stored.id)
      : client
          .getQueryData<LiveQuestions>(liveKeys.questions(meetingId))
          ?.questions.find((q) => q.id === question?.id);
    if (fresh) setRevision(fresh.revision);
  };
  const now = useMemo(() => new Date(), []);
  const today = shanghaiToday(now);

  const set = (patch: Partial<CommitmentFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[key as keyof CommitmentFormErrors];
      return next;
    });
    setFormError(undefined);
  };

  const resolved = resolveDeadline(values.deadline, now);
  const choices: DeadlineChoice[] = [
    ...DeadlinePreset.options,
    'date',
    ...(values.listType === 'ongoing' ? (['none'] as const) : []),
  ];

  const save = async () => {
    if (busy) return;
    const found = checkCommitment(values, {
      text: t('liveConsole.commitment.errors.text'),
      lead: t('liveConsole.commitment.errors.lead'),
      deadline: t('liveConsole.commitment.errors.deadline'),
      milestonesNeeded: t('liveConsole.commitment.errors.milestonesNeeded'),
      milestoneIncomplete: t('liveConsole.commitment.errors.milestoneIncomplete'),
    });
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setBusy(true);
    if (stored) {
      const patch = patchOf(values, stored, resolved);
      if (Object.keys(patch).length === 0) {
        setBusy(false);
        onClose();
        return;
      }
      const result = await live(() =>
        call('commitments.update', {
          meetingId,
          id: stored.id,
          expectedRevision: stored.revision,
          patch,
          by,
        }),
      );
      setBusy(false);
      if (result.ok) onClose();
      else {
        setFormError(result.error.message);
        repin(result.error);
      }
      return;
    }
    const result = await live(() =>
      call('commitments.create', {
        meetingId,
        commitment: draftOf(values, question?.id ?? null),
        ...(question ? { questionRevision: revision } : {}),
        by,
      }),
    );
    if (result.ok && showAfter) {
      await live(() =>
        call('presentation.act', {
          meetingId,
          action: { kind: 'showCommitment', commitmentId: result.value.id },
        }),
      );
    }
    setBusy(false);
    if (result.ok) onClose();
    else {
      setFormError(result.error.message);
      repin(result.error);
    }
  };

  const onKey = (event: ReactKeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save();
    }
  };

  const departmentOptions = departments.map((d) => ({ value: d.id, label: d.name }));
  const setMilestone = (key: string, patch: { text?: string; dueDate?: string | null }) =>
    set({ milestones: values.milestones.map((m) => (m.key === key ? { ...m, ...patch } : m)) });

  const deadlineLabel = (choice: DeadlineChoice) => {
    const name = t(`live.deadlinePresets.${choice}`);
    if (choice === 'date' || choice === 'none') return name;
    const date = resolveDeadline({ kind: 'preset', preset: choice }, now);
    return date ? t('liveConsole.commitment.presetWithDate', { name, date: date.slice(5) }) : name;
  };

  return (
    <Modal
      open
      width={640}
      title={
        stored
          ? t('liveConsole.commitment.editTitle')
          : question
            ? t('liveConsole.commitment.fromQuestionTitle')
            : t('liveConsole.commitment.announceTitle')
      }
      okText={t('liveConsole.commitment.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto', overflowX: 'hidden' } }}
    >
      <div
        onKeyDown={onKey}
        data-testid="commitment-form"
        style={{ display: 'flex', flexDirection: 'column', gap: 10 }}
      >
        <div>
          <FieldLabel htmlFor="commitment-text">{t('liveConsole.commitment.text')}</FieldLabel>
          <Input.TextArea
            id="commitment-text"
            autoFocus
            value={values.text}
            onChange={(e) => set({ text: e.target.value })}
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={2000}
            placeholder={t('liveConsole.commitment.textPlaceholder')}
            status={errors.text ? 'error' : undefined}
          />
          <FieldError id="commitment-text-error" message={errors.text} />
        </div>
        <div>
          <FieldLabel htmlFor="commitment-list-type">{t('liveConsole.commitment.listType')}</FieldLabel>
          <Segmented
            id="commitment-list-type"
            value={values.listType}
            onChange={(value) => {
              const listType = value as ListType;
              set({
                listType,
                ...(listType !== 'ongoing' && values.deadline.kind === 'none'
                  ? { deadline: { kind: 'preset', preset: 'days30' } as const }
                  : {}),
                ...(listType === 'ongoing' && values.milestones.length === 0
                  ? { milestones: [{ key: milestoneKey(), text: '', dueDate: null }] }
                  : {}),
              });
            }}
            options={ListType.options.map((l) => ({ value: l, label: t(`live.listTypes.${l}`) }))}
          />
        </div>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <div style={{ flex: '1 1 200px', minWidth: 0 }}>
            <FieldLabel htmlFor="commitment-lead">{t('liveConsole.commitment.lead')}</FieldLabel>
            <Select
              id="commitment-lead"
              style={{ width: '100%' }}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('liveConsole.commitment.leadPlaceholder')}
              value={values.leadDepartmentId ?? undefined}
              onChange={(value: string) => set({ leadDepartmentId: value })}
              options={departmentOptions}
              status={errors.leadDepartmentId ? 'error' : undefined}
              notFoundContent={t('liveConsole.entry.noDepartments')}
            />
            <FieldError id="commitment-lead-error" message={errors.leadDepartmentId} />
          </div>
          <div style={{ flex: '1 1 200px', minWidth: 0 }}>
            <FieldLabel htmlFor="commitment-co">{t('liveConsole.commitment.co')}</FieldLabel>
            <Select
              id="commitment-co"
              mode="multiple"
              style={{ width: '100%' }}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('liveConsole.commitment.coPlaceholder')}
              value={values.coDepartmentIds}
              onChange={(value: string[]) => set({ coDepartmentIds: value })}
              options={departmentOptions.filter((o) => o.value !== values.leadDepartmentId)}
              maxTagCount="responsive"
            />
          </div>
          <div style={{ flex: '1 1 140px', minWidth: 0 }}>
            <FieldLabel htmlFor="commitment-owner">{t('liveConsole.commitment.owner')}</FieldLabel>
            <Input
              id="commitment-owner"
              value={values.owner}
              onChange={(e) => set({ owner: e.target.value })}
              maxLength={50}
              placeholder={t('liveConsole.commitment.ownerPlaceholder')}
            />
          </div>
        </div>
        <div>
          <FieldLabel htmlFor="commitment-deadline">{t('liveConsole.commitment.deadline')}</FieldLabel>
          <Space wrap size={6}>
            <Radio.Group
              id="commitment-deadline"
              optionType="button"
              size="small"
              value={choiceOf(values.deadline)}
              onChange={(e) => {
                const choice = e.target.value as DeadlineChoice;
                set({
                  deadline:
                    choice === 'date'
                      ? { kind: 'date', date: resolved ?? today }
                      : choice === 'none'
                        ? { kind: 'none' }
                        : { kind: 'preset', preset: choice },
                });
              }}
              options={choices.map((c) => ({ value: c, label: deadlineLabel(c) }))}
            />
            {values.deadline.kind === 'date' ? (
              <DatePicker
                size="small"
                allowClear={false}
                aria-label={t('live.deadlinePresets.date')}
                value={dayjs(values.deadline.date)}
                onChange={(value) => {
                  if (value) set({ deadline: { kind: 'date', date: value.format('YYYY-MM-DD') } });
                }}
              />
            ) : null}
          </Space>
          <div style={{ fontSize: 12, color: '#595959', marginTop: 2 }} data-testid="deadline-resolved">
            {resolved
              ? t('liveConsole.commitment.resolved', { date: resolved })
              : t('liveConsole.commitment.byMilestones')}
          </div>
          <FieldError id="commitment-deadline-error" message={errors.deadline} />
        </div>
        <div>
          <FieldLabel htmlFor="commitment-milestone-0">
            {t('liveConsole.commitment.milestones')}
            {values.listType === 'ongoing' ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                {t('liveConsole.commitment.milestonesRequired')}
              </Typography.Text>
            ) : null}
          </FieldLabel>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {values.milestones.map((m, index) => (
              <div key={m.key} style={{ display: 'flex', gap: 6 }} data-testid="milestone-row">
                <Input
                  id={`commitment-milestone-${index}`}
                  size="small"
                  value={m.text}
                  onChange={(e) => setMilestone(m.key, { text: e.target.value })}
                  maxLength={200}
                  placeholder={t('liveConsole.commitment.milestonePlaceholder')}
                  aria-label={t('liveConsole.commitment.milestoneText', { n: index + 1 })}
                />
                <DatePicker
                  size="small"
                  value={m.dueDate ? dayjs(m.dueDate) : null}
                  onChange={(value) =>
                    setMilestone(m.key, { dueDate: value ? value.format('YYYY-MM-DD') : null })
                  }
                  aria-label={t('liveConsole.commitment.milestoneDate', { n: index + 1 })}
                  placeholder={t('liveConsole.commitment.milestoneDatePlaceholder')}
                  style={{ flex: '0 0 130px' }}
                />
                <Button
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('liveConsole.commitment.removeMilestone', { n: index + 1 })}
                  onClick={() => set({ milestones: values.milestones.filter((x) => x.key !== m.key) })}
                />
              </div>
            ))}
            <Button
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() =>
                set({ milestones: [...values.milestones, { key: milestoneKey(), text: '', dueDate: null }] })
              }
              style={{ alignSelf: 'flex-start' }}
            >
              {t('liveConsole.commitment.addMilestone')}
            </Button>
          </div>
          <FieldError id="commitment-milestones-error" message={errors.milestones} />
        </div>
        {stored ? null : (
          <Checkbox checked={showAfter} onChange={(e) => setShowAfter(e.target.checked)}>
            {t('liveConsole.commitment.showAfter')}
          </Checkbox>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('liveConsole.dialogs.ctrlEnter')}
        </Typography.Text>
        <FieldError id="commitment-form-error" message={formError} />
      </div>
    </Modal>
  );
}
