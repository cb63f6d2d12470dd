import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Modal, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MeetingLevel, MeetingStatus, type Meeting } from '../../../shared/domain';
import { dayjs, formatShanghai, shanghaiWallClockToIso } from '../../../shared/logic/shanghai-time';
import { call } from '../../data/call';
import { keys, useOffice } from '../../data/queries';
import { useRunner } from '../../data/use-runner';
import { dateWithoutTime, DEFAULT_START_TIME } from './start-time-input';

interface FormValues {
  title: string;
  level: MeetingLevel;
  startsAt: Dayjs | null;
  venue: string;
  communityIds: string[];
  status: MeetingStatus;
  notes: string;
}

const WALL_CLOCK = 'YYYY-MM-DD HH:mm';

/*
 * The picker works in the machine's zone; meetings happen in Beijing. The picker is therefore fed the
 * Beijing wall-clock time as a plain local value and its answer read back as Beijing time, so a laptop
 * set to another zone still enters and shows 14:30 as 14:30 Beijing time.
 */
function toPickerValue(iso: string): Dayjs {
  return dayjs(formatShanghai(iso, WALL_CLOCK), WALL_CLOCK);
}

function fromPickerValue(value: Dayjs): string {
  return shanghaiWallClockToIso(value.format('YYYY-MM-DD HH:mm:00'));
}

function initialValues(meeting: Meeting | null): FormValues {
  if (!meeting) {
    return {
      title: '',
      level: 'street',
      startsAt: null,
      venue: '',
      communityIds: [],
      status: 'draft',
      notes: '',
    };
  }
  return {
    title: meeting.title,
    level: meeting.level,
    startsAt: toPickerValue(meeting.startsAt),
    venue: meeting.venue,
    communityIds: meeting.communityIds,
    status: meeting.status,
    notes: meeting.notes,
  };
}

/** Enter in a plain text box saves; Ctrl+Enter saves from the notes; pickers and selects keep their Enter. */
function submitOnEnter(form: FormInstance<FormValues>) {
  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (target.closest('.ant-select, .ant-picker')) return;
    const isTextArea = target.tagName === 'TEXTAREA';
    if (target.tagName === 'INPUT' || (isTextArea && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      form.submit();
    }
  };
}

export function MeetingFormModal({
  open,
  meeting,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** null: a new meeting. */
  meeting: Meeting | null;
  onClose: () => void;
  onSaved?: (meeting: Meeting) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const office = useOffice();
  const run = useRunner();
  const queryClient = useQueryClient();

  // Set when the operator typed a date alone and the time was filled in for them.
  const [timeDefaulted, setTimeDefaulted] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialValues(meeting));
  }, [open, meeting, form]);

  const close = () => {
    setTimeDefaulted(false);
    onClose();
  };

  const completeTypedDate = (event: FocusEvent<HTMLElement>) => {
    const text = event.target instanceof HTMLInputElement ? event.target.value : '';
    const date = dateWithoutTime(text);
    if (!date) return;
    form.setFieldValue('startsAt', dayjs(`${date} ${DEFAULT_START_TIME}`, WALL_CLOCK));
    setTimeDefaulted(true);
    void form.validateFields(['startsAt']);
  };

  const save = async (values: FormValues) => {
    if (!values.startsAt) return;
    const fields = {
      title: values.title,
      level: values.level,
      startsAt: fromPickerValue(values.startsAt),
      venue: values.venue ?? '',
      communityIds: values.communityIds ?? [],
      status: values.status,
      notes: values.notes ?? '',
    };
    const saved = await run(() =>
      meeting
        ? call('meetings.update', { id: meeting.id, patch: fields, expectedRevision: meeting.revision })
        : call('meetings.create', fields),
    );
    if (!saved) return;
    queryClient.setQueryData(keys.meeting(saved.id), saved);
    await queryClient.invalidateQueries({ queryKey: keys.meetings });
    onSaved?.(saved);
    close();
  };

  const communities = office.data?.communities ?? [];

  return (
    <Modal
      open={open}
      title={meeting ? t('meetingForm.editTitle') : t('meetingForm.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      // Rendered while closed so the form instance stays connected; reset on every opening instead.
      forceRender
      width={620}
    >
      <div onKeyDown={submitOnEnter(form)}>
        <Form<FormValues> form={form} layout="vertical" onFinish={(values) => void save(values)} requiredMark>
          <Form.Item
            name="title"
            label={t('meeting.fields.title')}
            rules={[
              { required: true, whitespace: true, message: t('meetingForm.titleRequired') },
              { max: 200 },
            ]}
          >
            <Input autoFocus maxLength={200} placeholder={t('meetingForm.titlePlaceholder')} />
          </Form.Item>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item name="level" label={t('meeting.fields.level')} style={{ flex: '1 1 160px' }}>
              <Select
                options={MeetingLevel.options.map((value) => ({ value, label: t(`meeting.level.${value}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="startsAt"
              label={t('meeting.fields.startsAt')}
              tooltip={t('meetingForm.timeZoneHint')}
              rules={[{ required: true, message: t('meetingForm.startsAtRequired') }]}
              style={{ flex: '1 1 200px' }}
              {...(timeDefaulted
                ? {
                    validateStatus: 'warning' as const,
                    help: t('meetingForm.timeDefaulted', { time: DEFAULT_START_TIME }),
                  }
                : {})}
            >
              <DatePicker
                showTime={{ format: 'HH:mm', minuteStep: 5 }}
                format={WALL_CLOCK}
                // Typed text counts when the field is left, as in every other box of the form.
                needConfirm={false}
                onBlur={completeTypedDate}
                onChange={() => setTimeDefaulted(false)}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item name="status" label={t('meeting.fields.status')} style={{ flex: '1 1 140px' }}>
              <Select
                options={MeetingStatus.options.map((value) => ({
                  value,
                  label: t(`meeting.status.${value}`),
                }))}
              />
            </Form.Item>
          </div>
          <Form.Item name="venue" label={t('meeting.fields.venue')} rules={[{ max: 200 }]}>
            <Input maxLength={200} placeholder={t('meetingForm.venuePlaceholder')} />
          </Form.Item>
          <Form.Item name="communityIds" label={t('meeting.fields.communities')}>
            <Select
              mode="multiple"
              allowClear
              optionFilterProp="label"
              placeholder={
                communities.length ? t('meetingForm.communitiesPlaceholder') : t('meetingForm.noCommunities')
              }
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="notes" label={t('meeting.fields.notes')} rules={[{ max: 5000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={5000} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
