import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Button, Form, Input, Modal, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_CATEGORIES, type ProjectCategory } from '../../../../shared/domain/project';
import { batchName } from '../../../../shared/logic/projects/batches';
import { apiErrorOf } from '../../../data/api-failure';
import { call } from '../../../data/call';
import { projectKeys, useProjectPool } from '../../../data/project-queries';
import { useOffice } from '../../../data/queries';
import { useErrorText } from '../../../i18n/use-error-text';
import { useNavigation } from '../../../shell/navigation';
import { useOperatorName } from '../../live/operator';
import {
  nextBatchNumber,
  openBatchOf,
  toProjectDraft,
  type MakeProjectValues,
  type ProjectPrefill,
} from './make-project-draft';

/** What the source reads as: a 民生任务 is a group too, but the operator knows it by its own name. */
export type MakeOrigin = 'group' | 'task' | 'followUp';

/** The batch field's value when no batch is open: open the next one first, then add to it. */
const NEW_BATCH = '__new';

interface FormValues extends Omit<MakeProjectValues, 'category' | 'deadline'> {
  category: ProjectCategory | undefined;
  batch: string;
  deadline: string;
}

/**
 * 转为民生项目: a need already grouped (or already followed up) becomes a project in one step, its source
 * kept so the project says what it answers. The service's refusal is shown in the form, where it is fixed.
 */
export function MakeProjectDialog({
  prefill,
  origin,
  onClose,
}: {
  prefill: ProjectPrefill;
  origin: MakeOrigin;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const pool = useProjectPool();
  const office = useOffice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const { go } = useNavigation();
  const { name: by } = useOperatorName();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const batches = pool.data?.batches ?? [];
  const open = openBatchOf(batches);
  const batchOptions = open
    ? [{ value: open.id, label: open.name }]
    : [
        {
          value: NEW_BATCH,
          label: t('projectMake.openBatch', { name: batchName(nextBatchNumber(batches)) }),
        },
      ];

  const submit = async (v: FormValues) => {
    if (!v.category) return;
    setBusy(true);
    setRefusal(null);
    try {
      let batch = open;
      if (v.batch === NEW_BATCH || !batch) {
        batch = await call('projects.createBatch', { by });
        void client.invalidateQueries({ queryKey: projectKeys.all });
      }
      const values: MakeProjectValues = { ...v, category: v.category, deadline: v.deadline || null };
      await call('projects.create', { draft: toProjectDraft(values, prefill.sources, batch.id), by });
      void client.invalidateQueries({ queryKey: projectKeys.all });
      const key = 'project-made';
      void message.success({
        key,
        // Longer than a plain notice: it carries a button the operator may want to press.
        duration: 8,
        content: (
          <span data-testid="project-made">
            {t('projectMake.added', { batch: batch.name })}{' '}
            <Button
              type="link"
              size="small"
              data-testid="project-made-view"
              onClick={() => {
                message.destroy(key);
                go('projects');
              }}
            >
              {t('projectMake.view')}
            </Button>
          </span>
        ),
      });
      onClose();
    } catch (error) {
      setRefusal(errorText(apiErrorOf(error)));
    } finally {
      setBusy(false);
    }
  };

  const [first, ...rest] = prefill.sources;
  const sourceLine = (kind: string, label: string) =>
    t('projectMake.sourceLine', { kind: t(`projectMake.sourceKinds.${kind}`), label });

  return (
    <Modal
      open
      title={t('projectMake.title')}
      width="min(640px, calc(100vw - 32px))"
      okText={t('projectMake.ok')}
      cancelText={t('projectMake.cancel')}
      okButtonProps={{ loading: busy, disabled: !pool.data, 'data-testid': 'make-project-ok' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="make-project-dialog"
    >
      {pool.isLoading ? <Spin tip={t('projectMake.loading')} /> : null}
      <Typography.Paragraph data-testid="make-project-source">
        <Typography.Text type="secondary">{t('projectMake.sourcePrefix')}</Typography.Text>
        {first ? sourceLine(origin, first.label) : null}
        {rest
          .filter((s) => s.label)
          .map((s) => (
            <span key={`${s.kind}-${s.refId}`}>
              {t('common.listSeparator')}
              {sourceLine(s.kind, s.label)}
            </span>
          ))}
      </Typography.Paragraph>
      {refusal ? (
        <Alert
          type="error"
          showIcon
          message={refusal}
          style={{ marginBottom: 12 }}
          data-testid="make-project-refusal"
        />
      ) : null}
      {pool.data ? (
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={{
            name: prefill.name,
            category: prefill.category ?? undefined,
            batch: batchOptions[0]?.value,
            town: prefill.town,
            community: prefill.community,
            leadUnit: prefill.leadUnit,
            deadline: prefill.deadline ?? '',
          }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="name"
            label={t('projectMake.fields.name')}
            rules={[
              { required: true, whitespace: true, message: t('projectMake.nameRequired') },
              { max: 100 },
            ]}
          >
            <Input maxLength={100} data-testid="make-project-name" />
          </Form.Item>
          <Space wrap style={{ width: '100%' }} align="start">
            <Form.Item
              name="category"
              label={t('projectMake.fields.category')}
              rules={[{ required: true, message: t('projectMake.categoryRequired') }]}
              extra={prefill.category ? undefined : t('projectMake.categoryHint')}
              style={{ minWidth: 220 }}
            >
              <Select
                data-testid="make-project-category"
                placeholder={t('projectMake.categoryRequired')}
                options={PROJECT_CATEGORIES.map((c) => ({
                  value: c,
                  label: t(`projectMake.categories.${c}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="batch"
              label={t('projectMake.fields.batch')}
              rules={[{ required: true, message: t('projectMake.batchRequired') }]}
              style={{ minWidth: 220 }}
            >
              <Select data-testid="make-project-batch" options={batchOptions} />
            </Form.Item>
          </Space>
          <Space wrap style={{ width: '100%' }} align="start">
            <Form.Item name="town" label={t('projectMake.fields.town')} rules={[{ max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="community" label={t('projectMake.fields.community')} rules={[{ max: 100 }]}>
              <AutoComplete
                style={{ minWidth: 200 }}
                maxLength={100}
                options={(office.data?.communities ?? []).map((c) => ({ value: c.name }))}
                filterOption={(input, option) => (option?.value ?? '').includes(input)}
              />
            </Form.Item>
          </Space>
          <Space wrap style={{ width: '100%' }} align="start">
            <Form.Item name="leadUnit" label={t('projectMake.fields.leadUnit')} rules={[{ max: 100 }]}>
              <AutoComplete
                style={{ minWidth: 220 }}
                maxLength={100}
                options={(office.data?.departments ?? []).map((d) => ({ value: d.name }))}
                filterOption={(input, option) => (option?.value ?? '').includes(input)}
              />
            </Form.Item>
            <Form.Item name="deadline" label={t('projectMake.fields.deadline')}>
              <Input type="date" data-testid="make-project-deadline" />
            </Form.Item>
          </Space>
        </Form>
      ) : null}
    </Modal>
  );
}
