import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Input,
  Modal,
  Popover,
  Select,
  Space,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ImportPreviewResult } from '../../../shared/api';
import {
  ImportField,
  type ColumnMapping,
  type MappingRule,
  type OpinionChannel,
} from '../../../shared/domain';
import { call } from '../../data/call';
import { opinionKeys, useImportPresets } from '../../data/opinion-queries';
import { keys } from '../../data/queries';
import { useRunner } from '../../data/use-runner';
import { useErrorText } from '../../i18n/use-error-text';
import { moveField, RATE_ROWS, rateFirst } from './mapping-edits';
import { CHANNELS, opinionColumns } from './opinion-format';
import type { PreviewOptions } from './use-import-flow';

interface Props {
  result: ImportPreviewResult;
  options: PreviewOptions;
  busy: boolean;
  error: ApiError | null;
  onRepreview: (options: PreviewOptions) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Excel's column letters (0 → A, 26 → AA), so the operator finds the column in the sheet. */
function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The mapping as header-keyed rules: what a preset stores and what a re-preview sends. */
function toRules(mapping: readonly ColumnMapping[]): MappingRule[] {
  const seen = new Set<string>();
  const rules: MappingRule[] = [];
  for (const m of mapping) {
    const header = m.header.trim();
    if (!header || seen.has(header)) continue;
    seen.add(header);
    rules.push({ header, field: m.field });
  }
  return rules;
}

const IGNORE = '__ignore__';

function SavePresetButton({
  rules,
  defaultChannel,
}: {
  rules: MappingRule[];
  defaultChannel: OpinionChannel | undefined;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const save = async () => {
    const saved = await run(() =>
      call('imports.savePreset', { name: name.trim(), rules, ...(defaultChannel ? { defaultChannel } : {}) }),
    );
    if (!saved) return;
    await client.invalidateQueries({ queryKey: opinionKeys.presets });
    void message.success(t('imports.presetSaved', { name: saved.name }));
    setOpen(false);
    setName('');
  };
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('imports.savePresetTitle')}
      content={
        <Space.Compact style={{ width: 280 }}>
          <Input
            aria-label={t('imports.presetName')}
            placeholder={t('imports.presetNamePlaceholder')}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            onPressEnter={() => void save()}
          />
          <Button type="primary" disabled={!name.trim()} onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </Space.Compact>
      }
    >
      <Button>{t('imports.savePreset')}</Button>
    </Popover>
  );
}

/** Names in settings are added one by one; the office allows at most 1,000, and says so itself. */
function AddCommunitiesButton({ names, onAdded }: { names: readonly string[]; onAdded: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const add = async () => {
    setAdding(true);
    let added = 0;
    for (const name of names) {
      const created = await run(() => call('communities.create', { name, kind: 'community' }));
      if (!created) break;
      added += 1;
    }
    setAdding(false);
    await client.invalidateQueries({ queryKey: keys.office });
    if (added > 0) {
      void message.success(t('imports.communitiesAdded', { count: added }));
      onAdded();
    }
  };
  return (
    <Button size="small" loading={adding} onClick={() => void add()}>
      {t('imports.addCommunities')}
    </Button>
  );
}

export function ImportPreviewModal({
  result,
  options,
  busy,
  error,
  onRepreview,
  onConfirm,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const presets = useImportPresets();
  const [notice, setNotice] = useState<string | null>(null);
  const p = result.preview;
  const rules = toRules(p.mapping);
  const samplesOf = new Map(p.samples.map((s) => [s.column, s.values]));
  const hasChannelColumn = p.mapping.some((m) => m.field === 'channel');
  const presetList = presets.data ?? [];

  const fieldOptions = [
    { value: IGNORE, label: t('imports.ignoreColumn') },
    ...ImportField.options.map((f) => ({ value: f, label: t(`opinion.fields.${f}`) })),
  ];

  const changeField = (column: number, value: string) => {
    const field = value === IGNORE ? null : ImportField.parse(value);
    const { mapping, movedFrom } = moveField(p.mapping, column, field);
    const to = p.mapping.find((m) => m.column === column)?.header ?? '';
    setNotice(
      field && movedFrom
        ? t('imports.fieldMoved', { field: t(`opinion.fields.${field}`), from: movedFrom.header, to })
        : null,
    );
    onRepreview({ ...options, mapping: toRules(mapping) });
  };

  const applyPreset = (id: string) => {
    const preset = presetList.find((x) => x.id === id);
    if (!preset) return;
    setNotice(null);
    onRepreview({
      ...options,
      mapping: preset.rules,
      ...(preset.defaultChannel ? { defaultChannel: preset.defaultChannel } : {}),
    });
    void message.success(t('imports.presetApplied', { name: preset.name }));
  };

  const rateLabel: Record<(typeof RATE_ROWS)[number], string> = {
    resolved: t('analysis.resolutionRate'),
    satisfaction: t('analysis.satisfactionRate'),
    closed: t('analysis.closedRate'),
    responded: t('analysis.responseRate'),
    channel: t('opinion.fields.channel'),
  };
  const sampleText = (column: number) => {
    const values = samplesOf.get(column) ?? [];
    return values.length === 0 ? t('imports.noSamples') : values.join(' · ');
  };

  const issueList = (rows: Array<{ row: number; text: string }>, emptyKey: string) =>
    rows.length === 0 ? (
      <Typography.Text type="secondary">{t(emptyKey)}</Typography.Text>
    ) : (
      <Table
        size="small"
        rowKey={(r) => `${r.row}-${r.text}`}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          { key: 'row', title: t('imports.rowNumber'), dataIndex: 'row', width: 90 },
          { key: 'text', title: t('imports.reason'), dataIndex: 'text' },
        ]}
      />
    );

  return (
    <Modal
      open
      width="min(1180px, calc(100vw - 32px))"
      style={{ top: 24 }}
      title={t('imports.previewTitle', { file: result.fileName })}
      onCancel={onCancel}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="confirm"
          type="primary"
          loading={busy}
          disabled={p.recordCount === 0}
          onClick={onConfirm}
        >
          {t('imports.confirm', { count: p.recordCount })}
        </Button>,
      ]}
    >
      {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(error)} /> : null}
      {notice ? (
        <Alert
          type="info"
          showIcon
          closable
          style={{ marginBottom: 8 }}
          title={notice}
          onClose={() => setNotice(null)}
          data-testid="mapping-notice"
        />
      ) : null}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 2, lg: 3, xl: 3, xxl: 3 }}
        items={[
          { key: 'file', label: t('imports.file'), children: result.fileName },
          {
            key: 'format',
            label: t('imports.format'),
            children: p.encoding ? `${p.format.toUpperCase()} · ${p.encoding}` : p.format.toUpperCase(),
          },
          {
            key: 'sheet',
            label: t('imports.sheet'),
            children: (
              <Select
                aria-label={t('imports.sheet')}
                size="small"
                style={{ minWidth: 160, maxWidth: 280 }}
                value={p.sheet}
                disabled={busy || p.sheets.length <= 1}
                onChange={(sheet: string) => onRepreview({ sheet })}
                options={p.sheets.map((s) => ({
                  value: s.name,
                  label: t('imports.sheetOption', { name: s.name, role: t(`imports.sheetRole.${s.role}`) }),
                }))}
              />
            ),
          },
          { key: 'header', label: t('imports.headerRow'), children: t('imports.rowN', { row: p.headerRow }) },
          { key: 'records', label: t('imports.recordCount'), children: p.recordCount },
          {
            key: 'issues',
            label: t('imports.issues'),
            children: t('imports.issueCounts', {
              skipped: p.skipped.length,
              duplicates: p.duplicates.length,
              warnings: p.warnings.length,
            }),
          },
        ]}
      />
      <div
        data-testid="rate-sources"
        style={{ margin: '8px 0', display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}
      >
        <Typography.Text strong>{t('imports.rateSources')}</Typography.Text>
        {RATE_ROWS.map((field) => {
          const source = p.mapping.find((m) => m.field === field);
          return source ? (
            <Typography.Text key={field} data-testid={`rate-source-${field}`}>
              {t('imports.rateFrom', { rate: rateLabel[field], header: source.header })}{' '}
              <Typography.Text type="secondary">{sampleText(source.column)}</Typography.Text>
            </Typography.Text>
          ) : (
            <Typography.Text key={field} type="warning" data-testid={`rate-source-${field}`}>
              {t('imports.rateNone', { rate: rateLabel[field] })}
            </Typography.Text>
          );
        })}
      </div>
      {!hasChannelColumn ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={
            <Space wrap>
              {t('imports.noChannelColumn')}
              <Select
                aria-label={t('imports.defaultChannel')}
                size="small"
                allowClear
                style={{ width: 160 }}
                disabled={busy}
                value={options.defaultChannel ?? null}
                options={CHANNELS.map((c) => ({ value: c, label: t(`opinion.channel.${c}`) }))}
                onChange={(channel: OpinionChannel | null | undefined) => {
                  const { defaultChannel: _old, ...rest } = options;
                  onRepreview(channel ? { ...rest, defaultChannel: channel } : rest);
                }}
              />
            </Space>
          }
        />
      ) : null}
      {p.unknownCommunities.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="unknown-communities"
          title={t('imports.unknownCommunities', {
            count: p.unknownCommunities.length,
            names: p.unknownCommunities
              .slice(0, 8)
              .map((c) => c.name)
              .join(t('common.listSeparator')),
          })}
          action={
            <AddCommunitiesButton
              names={p.unknownCommunities.map((c) => c.name)}
              onAdded={() => onRepreview(options)}
            />
          }
        />
      ) : null}
      <Space wrap style={{ margin: '4px 0 8px' }}>
        <Select
          aria-label={t('imports.applyPreset')}
          placeholder={presetList.length === 0 ? t('imports.noPresets') : t('imports.applyPreset')}
          style={{ width: 220 }}
          value={null}
          loading={presets.isLoading}
          disabled={busy || presetList.length === 0}
          options={presetList.map((preset) => ({ value: preset.id, label: preset.name }))}
          onChange={applyPreset}
        />
        <SavePresetButton rules={rules} defaultChannel={options.defaultChannel} />
        {busy ? <Typography.Text type="secondary">{t('imports.rereading')}</Typography.Text> : null}
      </Space>
      <Tabs
        items={[
          {
            key: 'rows',
            label: t('imports.tabs.rows', { count: p.firstRecords.length, total: p.recordCount }),
            children: (
              <Table
                size="small"
                rowKey="row"
                tableLayout="fixed"
                scroll={{ x: 1100, y: 300 }}
                pagination={false}
                dataSource={p.firstRecords}
                columns={[
                  { key: 'row', title: t('imports.rowNumber'), dataIndex: 'row', width: 70 },
                  ...opinionColumns(t).map((c) => (c.key === 'content' ? { ...c, width: 280 } : c)),
                ]}
              />
            ),
          },
          {
            key: 'mapping',
            label: t('imports.tabs.mapping'),
            children: (
              <Table
                size="small"
                rowKey="column"
                pagination={false}
                scroll={{ y: 300 }}
                dataSource={rateFirst(p.mapping)}
                columns={[
                  {
                    key: 'col',
                    title: t('imports.column'),
                    width: 60,
                    render: (_: unknown, m: ColumnMapping) => columnLetter(m.column),
                  },
                  {
                    key: 'header',
                    title: t('imports.header'),
                    dataIndex: 'header',
                    width: 180,
                    ellipsis: true,
                  },
                  {
                    key: 'samples',
                    title: t('imports.samples'),
                    ellipsis: true,
                    render: (_: unknown, m: ColumnMapping) => (
                      <Typography.Text type="secondary" data-testid={`samples-${m.column}`}>
                        {sampleText(m.column)}
                      </Typography.Text>
                    ),
                  },
                  {
                    key: 'field',
                    title: t('imports.field'),
                    width: 220,
                    render: (_: unknown, m: ColumnMapping) => (
                      <Select
                        aria-label={t('imports.fieldFor', { header: m.header })}
                        size="small"
                        style={{ width: 200 }}
                        disabled={busy || !m.header.trim()}
                        value={m.field ?? IGNORE}
                        options={fieldOptions}
                        onChange={(v: string) => changeField(m.column, v)}
                      />
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'skipped',
            label: t('imports.tabs.skipped', { count: p.skipped.length }),
            children: issueList(
              p.skipped.map((s) => ({ row: s.row, text: s.reason })),
              'imports.noneSkipped',
            ),
          },
          {
            key: 'duplicates',
            label: t('imports.tabs.duplicates', { count: p.duplicates.length }),
            children: issueList(
              p.duplicates.map((d) => ({
                row: d.row,
                text: t('imports.duplicateOf', { no: d.workOrderNo, row: d.firstRow }),
              })),
              'imports.noneDuplicates',
            ),
          },
          {
            key: 'warnings',
            label: t('imports.tabs.warnings', { count: p.warnings.length }),
            children: issueList(
              p.warnings.map((w) => ({ row: w.row, text: w.reason })),
              'imports.noneWarnings',
            ),
          },
        ]}
      />
    </Modal>
  );
}
