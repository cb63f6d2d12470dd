import { useQueryClient } from '@tanstack/react-query';
import { AutoComplete, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Opinion, OpinionChannel, Satisfaction } from '../../../shared/domain';
import { dayjs, formatShanghai, shanghaiWallClockToIso } from '../../../shared/logic/shanghai-time';
import { call } from '../../data/call';
import { opinionKeys } from '../../data/opinion-queries';
import { useOffice } from '../../data/queries';
import { useRunner } from '../../data/use-runner';
import { CHANNELS, SATISFACTIONS } from './opinion-format';

interface FormValues {
  channel: OpinionChannel;
  workOrderNo: string;
  category: string;
  content: string;
  communityName: string;
  receivedAt: Dayjs | null;
  resolved: 'yes' | 'no' | 'unknown';
  satisfaction: Satisfaction;
  residentName: string;
  residentPhone: string;
}

const WALL_CLOCK = 'YYYY-MM-DD HH:mm';

/* As in the meeting form: the picker holds the Beijing wall clock as a local value, whatever the PC zone. */
const toPicker = (iso: string | null) => (iso ? dayjs(formatShanghai(iso, WALL_CLOCK), WALL_CLOCK) : null);
const fromPicker = (value: Dayjs | null) =>
  value ? shanghaiWallClockToIso(value.format('YYYY-MM-DD HH:mm:00')) : null;

function initial(opinion: Opinion | null): FormValues {
  return {
    channel: opinion?.channel ?? 'onSite',
    workOrderNo: opinion?.workOrderNo ?? '',
    category: opinion?.category ?? '',
    content: opinion?.content ?? '',
    communityName: opinion?.communityName ?? '',
    receivedAt: toPicker(opinion?.receivedAt ?? null),
    resolved: opinion?.resolved === true ? 'yes' : opinion?.resolved === false ? 'no' : 'unknown',
    satisfaction: opinion?.satisfaction ?? 'unrated',
    residentName: opinion?.residentName ?? '',
    residentPhone: opinion?.residentPhone ?? '',
  };
}

/** 新增诉求 / 编辑诉求: what staff type in by hand; the resident's name and phone stay staff-only. */
export function OpinionFormModal({
  meetingId,
  opinion,
  categories,
  onClose,
}: {
  meetingId: string;
  /** null to add a new one. */
  opinion: Opinion | null;
  /** Categories already in use, offered while typing so the same thing gets the same name. */
  categories: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const office = useOffice();
  const run = useRunner();
  const client = useQueryClient();
  const communities = office.data?.communities ?? [];

  const submit = async (v: FormValues) => {
    const community = communities.find((c) => c.name === v.communityName.trim());
    const fields = {
      workOrderNo: v.workOrderNo.trim(),
      channel: v.channel,
      category: v.category.trim(),
      content: v.content.trim(),
      communityName: v.communityName.trim(),
      communityId: community?.id ?? null,
      receivedAt: fromPicker(v.receivedAt),
      resolved: v.resolved === 'unknown' ? null : v.resolved === 'yes',
      satisfaction: v.satisfaction,
      residentName: v.residentName.trim(),
      residentPhone: v.residentPhone.trim(),
    };
    const saved = await run(() =>
      opinion
        ? call('opinions.update', { meetingId, id: opinion.id, patch: fields })
        : call('opinions.create', { meetingId, opinion: fields }),
    );
    if (!saved) return;
    void client.invalidateQueries({ queryKey: opinionKeys.meeting(meetingId) });
    onClose();
  };

  return (
    <Modal
      open
      title={opinion ? t('opinionForm.editTitle') : t('opinionForm.addTitle')}
      width="min(760px, calc(100vw - 32px))"
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial(opinion)}
        onFinish={(v) => void submit(v)}
      >
        <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
          <Form.Item name="channel" label={t('opinion.fields.channel')} style={{ flex: '1 1 160px' }}>
            <Select options={CHANNELS.map((c) => ({ value: c, label: t(`opinion.channel.${c}`) }))} />
          </Form.Item>
          <Form.Item
            name="category"
            label={t('opinion.fields.category')}
            style={{ flex: '1 1 160px' }}
            rules={[{ max: 100 }]}
          >
            <AutoComplete
              options={categories.map((c) => ({ value: c }))}
              filterOption={(input, option) => String(option?.value ?? '').includes(input)}
            />
          </Form.Item>
          <Form.Item
            name="workOrderNo"
            label={t('opinion.fields.workOrderNo')}
            style={{ flex: '1 1 160px' }}
            rules={[{ max: 64 }]}
          >
            <Input />
          </Form.Item>
        </div>
        <Form.Item
          name="content"
          label={t('opinion.fields.content')}
          rules={[
            { required: true, whitespace: true, message: t('opinionForm.contentRequired') },
            { max: 5000 },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
          <Form.Item
            name="communityName"
            label={t('opinion.fields.communityName')}
            tooltip={t('opinionForm.communityHint')}
            style={{ flex: '1 1 200px' }}
            rules={[{ max: 100 }]}
          >
            <AutoComplete
              options={communities.map((c) => ({ value: c.name }))}
              filterOption={(input, option) => String(option?.value ?? '').includes(input)}
            />
          </Form.Item>
          <Form.Item name="receivedAt" label={t('opinion.fields.receivedAt')} style={{ flex: '1 1 200px' }}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={WALL_CLOCK} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
          <Form.Item name="resolved" label={t('opinion.fields.resolved')} style={{ flex: '1 1 160px' }}>
            <Select
              options={[
                { value: 'unknown', label: t('opinion.resolvedUnknown') },
                { value: 'yes', label: t('opinion.resolvedYes') },
                { value: 'no', label: t('opinion.resolvedNo') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="satisfaction"
            label={t('opinion.fields.satisfaction')}
            style={{ flex: '1 1 160px' }}
          >
            <Select
              options={SATISFACTIONS.map((s) => ({ value: s, label: t(`opinion.satisfaction.${s}`) }))}
            />
          </Form.Item>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
          <Form.Item
            name="residentName"
            label={t('opinion.fields.residentName')}
            extra={t('opinionForm.staffOnly')}
            style={{ flex: '1 1 200px' }}
            rules={[{ max: 50 }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="residentPhone"
            label={t('opinion.fields.residentPhone')}
            extra={t('opinionForm.staffOnly')}
            style={{ flex: '1 1 200px' }}
            rules={[{ max: 32 }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
