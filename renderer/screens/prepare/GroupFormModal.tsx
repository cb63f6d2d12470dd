import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GoalTerm, ListType, OpinionGroupKind } from '../../../shared/domain';
import { call } from '../../data/call';
import { opinionKeys } from '../../data/opinion-queries';
import { useOffice } from '../../data/queries';
import { useRunner } from '../../data/use-runner';

export const LIST_TYPES: readonly ListType[] = ['immediate', 'deadline', 'ongoing'];
export const TERMS: readonly GoalTerm[] = ['near', 'mid', 'long'];

interface FormValues {
  title: string;
  departmentId: string | null;
  listType: ListType;
  term: GoalTerm;
  note: string;
}

/** 归为重大事项 / 加入任务库: the selected rows become one item (or task) with a department and a list. */
export function GroupFormModal({
  meetingId,
  kind,
  opinionIds,
  onClose,
}: {
  meetingId: string;
  kind: OpinionGroupKind;
  opinionIds: string[];
  onClose: (created: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const office = useOffice();
  const run = useRunner();
  const client = useQueryClient();

  const submit = async (v: FormValues) => {
    const created = await run(() =>
      call('groups.create', {
        meetingId,
        kind,
        title: v.title.trim(),
        departmentId: v.departmentId ?? null,
        listType: v.listType,
        term: kind === 'task' ? v.term : null,
        opinionIds,
        note: v.note.trim(),
      }),
    );
    if (!created) return;
    void client.invalidateQueries({ queryKey: opinionKeys.groups(meetingId) });
    onClose(true);
  };

  return (
    <Modal
      open
      title={t(kind === 'item' ? 'groups.newItem' : 'groups.newTask', { count: opinionIds.length })}
      width="min(640px, calc(100vw - 32px))"
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ title: '', departmentId: null, listType: 'deadline', term: 'near', note: '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="title"
          label={t('groups.fields.title')}
          rules={[{ required: true, whitespace: true, message: t('groups.titleRequired') }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="departmentId" label={t('groups.fields.department')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('groups.noDepartment')}
            options={(office.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
          <Form.Item name="listType" label={t('groups.fields.listType')} style={{ flex: '1 1 180px' }}>
            <Select options={LIST_TYPES.map((l) => ({ value: l, label: t(`listType.${l}`) }))} />
          </Form.Item>
          {kind === 'task' ? (
            <Form.Item name="term" label={t('groups.fields.term')} style={{ flex: '1 1 180px' }}>
              <Select options={TERMS.map((g) => ({ value: g, label: t(`goalTerm.${g}`) }))} />
            </Form.Item>
          ) : null}
        </div>
        <Form.Item name="note" label={t('groups.fields.note')} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
