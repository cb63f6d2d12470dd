import { Alert, Form, Modal, Select } from 'antd';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Values {
  sourceId: string;
  targetId: string;
}

/** Folds a duplicate into the entry to keep; meetings that named the duplicate then name the kept one. */
export function MergeDialog({
  open,
  items,
  kindLabel,
  onClose,
  onMerge,
}: {
  open: boolean;
  items: readonly { id: string; name: string }[];
  /** "社区" or "部门", already translated. */
  kindLabel: string;
  onClose: () => void;
  onMerge: (sourceId: string, targetId: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const sourceId = Form.useWatch('sourceId', form);
  // Field ids come from the form's name; the communities and departments dialogs are both rendered,
  // and without one their labels would point at the same ids.
  const formName = `merge${useId()}`;

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const options = items.map((item) => ({ value: item.id, label: item.name }));

  return (
    <Modal
      open={open}
      title={t('directory.mergeTitle', { kind: kindLabel })}
      okText={t('directory.mergeConfirm')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('directory.mergeExplain', { kind: kindLabel })}
      />
      <Form<Values>
        form={form}
        name={formName}
        layout="vertical"
        onFinish={async (values) => {
          if (await onMerge(values.sourceId, values.targetId)) onClose();
        }}
      >
        <Form.Item
          name="sourceId"
          label={t('directory.mergeSource')}
          rules={[{ required: true, message: t('directory.pickOne') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={options}
            aria-label={t('directory.mergeSource')}
          />
        </Form.Item>
        <Form.Item
          name="targetId"
          label={t('directory.mergeTarget')}
          dependencies={['sourceId']}
          rules={[
            { required: true, message: t('directory.pickOne') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value && value === getFieldValue('sourceId')
                  ? Promise.reject(new Error(t('directory.mergeSame')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            aria-label={t('directory.mergeTarget')}
            options={options.filter((o) => o.value !== sourceId)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
