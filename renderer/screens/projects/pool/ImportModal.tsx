import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  List,
  Modal,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectImportPreview } from '../../../../shared/api/contract';
import type {
  ProjectBatch,
  ProjectImportRecord,
  ProjectSheetRecord,
} from '../../../../shared/domain/project';
import { CATEGORY_LABELS } from '../../../../shared/logic/projects/categories';
import { call } from '../../../data/call';
import { newJobId, readFileBase64 } from '../../prepare/read-file-base64';
import { openBatchOf } from './pool-model';
import { usePoolRun } from './use-pool-run';

/** The import's 撤销, offered in the message that reports it and in the list of past imports. */
export function useImportUndo(by: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = usePoolRun();
  return async (importId: string) => {
    const undone = await run(() => call('projects.importUndo', { importId, by }));
    if (undone) void message.success(t('projectPool.import.undone', { count: undone.projectIds.length }));
  };
}

/**
 * 导入项目清单: the sheet is read on the service side and shown whole before anything is stored (header
 * row, columns, counts per category, the first rows, every refused row); 确认导入 stores all or nothing.
 */
export function ImportModal({
  batches,
  by,
  onClose,
}: {
  batches: readonly ProjectBatch[];
  by: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = usePoolRun();
  const undo = useImportUndo(by);
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [preview, setPreview] = useState<ProjectImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [batchId, setBatchId] = useState<string | null>(openBatchOf(batches)?.id ?? null);
  const [busy, setBusy] = useState(false);

  const read = async (name: string, data: string, sheet?: string) => {
    setReading(true);
    const result = await run(() =>
      call('projects.importPreview', { jobId: newJobId(), fileName: name, dataBase64: data, sheet }),
    );
    setReading(false);
    if (result) setPreview(result);
  };

  const pick = async (picked: File) => {
    const data = await readFileBase64(picked);
    setFile({ name: picked.name, data });
    setPreview(null);
    await read(picked.name, data);
  };

  const confirm = async () => {
    if (!preview || batchId === null) return;
    setBusy(true);
    const record: ProjectImportRecord | null = await run(() =>
      call('projects.importConfirm', { previewId: preview.previewId, batchId, by }),
    );
    setBusy(false);
    if (!record) return;
    const key = `import-${record.id}`;
    void message.open({
      key,
      type: 'success',
      duration: 10,
      content: (
        <span data-testid="import-done">
          {t('projectPool.import.done', { count: record.projectIds.length })}{' '}
          <Button
            type="link"
            size="small"
            data-testid="import-undo"
            onClick={() => {
              message.destroy(key);
              void undo(record.id);
            }}
          >
            {t('projectPool.import.undo')}
          </Button>
        </span>
      ),
    });
    onClose();
  };

  const fieldName = (field: string | null) =>
    field === null ? t('projectPool.import.ignored') : t(`projectPool.fieldNames.${field}`);

  return (
    <Modal
      open
      width={960}
      title={t('projectPool.import.title')}
      onCancel={onClose}
      okText={t('projectPool.import.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !preview || preview.total === 0 || batchId === null, loading: busy }}
      onOk={() => void confirm()}
      data-testid="import-modal"
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Upload.Dragger
          accept=".xlsx,.xls,.csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(picked) => {
            void pick(picked);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{file ? file.name : t('projectPool.import.pick')}</p>
        </Upload.Dragger>
        {reading ? <Spin /> : null}
        {preview && file ? (
          <PreviewBody
            preview={preview}
            fieldName={fieldName}
            onSheet={(sheet) => void read(file.name, file.data, sheet)}
          />
        ) : null}
        {preview ? (
          <Space wrap>
            <span>{t('projectPool.import.batch')}</span>
            <Select
              aria-label={t('projectPool.import.batch')}
              style={{ minWidth: 200 }}
              value={batchId}
              onChange={setBatchId}
              options={batches.map((b) => ({
                value: b.id,
                label: b.closedOn ? `${b.name}（${t('projectPool.batches.closed')}）` : b.name,
              }))}
              placeholder={t('projectPool.import.needBatch')}
            />
            {batches.length === 0 ? (
              <Typography.Text type="warning">{t('projectPool.import.needBatch')}</Typography.Text>
            ) : null}
          </Space>
        ) : null}
      </Space>
    </Modal>
  );
}

function PreviewBody({
  preview,
  fieldName,
  onSheet,
}: {
  preview: ProjectImportPreview;
  fieldName: (field: string | null) => string;
  onSheet: (sheet: string) => void;
}) {
  const { t } = useTranslation();
  const categoryName = (c: string) => CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS] ?? c;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-preview">
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t('projectPool.import.sheet')}>
          {preview.sheets.length > 1 ? (
            <Select
              aria-label={t('projectPool.import.sheet')}
              value={preview.sheet}
              onChange={onSheet}
              options={preview.sheets.map((s) => ({ value: s, label: s }))}
              style={{ minWidth: 140 }}
            />
          ) : (
            preview.sheet
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('projectPool.import.headerRowLabel')}>
          <span data-testid="import-header-row">
            {t('projectPool.import.headerRow', { row: preview.headerRow })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('projectPool.import.total')}>
          <span data-testid="import-total">
            {t('projectPool.import.totalValue', { count: preview.total })}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{t('projectPool.import.columns')}</Typography.Text>
      <Space wrap size={[4, 4]}>
        {preview.columns.map((c) => (
          <Tag key={c.column} color={c.field ? 'blue' : undefined}>
            {c.header || t('projectPool.import.blankHeader')} → {fieldName(c.field)}
          </Tag>
        ))}
      </Space>
      <Table
        size="small"
        pagination={false}
        rowKey="category"
        dataSource={preview.byCategory}
        columns={[
          { title: t('projectPool.fields.category'), dataIndex: 'category', render: categoryName },
          { title: t('projectPool.stats.planned'), dataIndex: 'planned' },
          {
            title: t('projectPool.stats.completed'),
            dataIndex: 'completed',
            render: (n: number) => (preview.hasCompletion ? n : '—'),
          },
        ]}
      />
      <Typography.Text strong>
        {t('projectPool.import.firstRows', { count: preview.records.length })}
      </Typography.Text>
      <Table<ProjectSheetRecord>
        size="small"
        rowKey="row"
        scroll={{ x: 800, y: 240 }}
        pagination={false}
        dataSource={preview.records.slice(0, 50)}
        columns={[
          { title: t('projectPool.import.row'), dataIndex: 'row', width: 70 },
          { title: t('projectPool.fields.code'), dataIndex: 'ref', width: 110 },
          { title: t('projectPool.fields.name'), dataIndex: 'name' },
          {
            title: t('projectPool.fields.category'),
            dataIndex: 'category',
            render: categoryName,
            width: 130,
          },
          { title: t('projectPool.fields.town'), dataIndex: 'town', width: 110 },
          {
            title: t('projectPool.fieldNames.completed'),
            dataIndex: 'completed',
            width: 90,
            render: (v: boolean | null) =>
              v === null ? '—' : v ? t('projectPool.status.finished') : t('projectPool.status.unfinished'),
          },
        ]}
      />
      {preview.refused.length > 0 ? (
        <Alert
          type="error"
          showIcon
          message={t('projectPool.import.refused', { count: preview.refused.length })}
          description={
            <List
              size="small"
              data-testid="import-refused"
              dataSource={preview.refused}
              style={{ maxHeight: 160, overflow: 'auto' }}
              renderItem={(r) => (
                <List.Item>{t('projectPool.import.rowReason', { row: r.row, reason: r.reason })}</List.Item>
              )}
            />
          }
        />
      ) : null}
      {preview.warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          message={t('projectPool.import.warnings', { count: preview.warnings.length })}
          description={
            <List
              size="small"
              dataSource={preview.warnings}
              style={{ maxHeight: 120, overflow: 'auto' }}
              renderItem={(r) => (
                <List.Item>{t('projectPool.import.rowReason', { row: r.row, reason: r.reason })}</List.Item>
              )}
            />
          }
        />
      ) : null}
    </Space>
  );
}
