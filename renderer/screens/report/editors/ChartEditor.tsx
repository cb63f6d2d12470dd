import { DeleteOutlined, PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Alert, Button, Input, InputNumber, Modal, Radio, Select, Space, Typography } from 'antd';
import { useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChartSeriesSource,
  ChartType,
  MAX_CARD_ROWS,
  type CardOf,
  type ChartData,
  type ChartTableRow,
} from '../../../../shared/domain';
import {
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  columnLetter,
  parsePastedTable,
  type PasteError,
} from '../paste-table';
import { Field, NumberField, TextField, type EditorProps } from './fields';

type TableData = Extract<ChartData, { source: 'table' }>;
type T = (key: string, options?: Record<string, unknown>) => string;

export function pasteErrorText(error: PasteError, t: T): string {
  switch (error.code) {
    case 'notANumber':
      return t('reportBuilder.paste.notANumber', {
        row: error.row,
        column: columnLetter(error.column),
        text: error.text,
      });
    case 'blankLabel':
      return t('reportBuilder.paste.blankLabel', { row: error.row });
    case 'blankColumnName':
      return t('reportBuilder.paste.blankColumnName', { column: columnLetter(error.column) });
    case 'tooManyColumns':
      return t('reportBuilder.paste.tooManyColumns', { count: error.count, max: MAX_TABLE_COLUMNS });
    case 'tooManyRows':
      return t('reportBuilder.paste.tooManyRows', { count: error.count, max: MAX_TABLE_ROWS });
    case 'empty':
      return t('reportBuilder.paste.empty');
    case 'noValueColumn':
      return t('reportBuilder.paste.noValueColumn');
  }
}

export function ChartEditor({ card, onChange }: EditorProps<CardOf<'chart'>>) {
  const { t } = useTranslation();
  const data = card.data;
  const setData = (next: ChartData, field: string) => onChange({ data: next }, field);
  return (
    <>
      <Field label={t('reportBuilder.chart.type')}>
        {(id) => (
          <Radio.Group
            id={id}
            optionType="button"
            value={card.chartType}
            onChange={(event) => onChange({ chartType: event.target.value as ChartType }, '')}
            options={ChartType.options.map((type) => ({
              value: type,
              label: t(`reportBuilder.chart.types.${type}`),
            }))}
          />
        )}
      </Field>
      <Field label={t('reportBuilder.chart.source')}>
        {(id) => (
          <Radio.Group
            id={id}
            optionType="button"
            value={data.source}
            onChange={(event) =>
              setData(
                event.target.value === 'data'
                  ? { source: 'data', series: 'byCategory', limit: MAX_CARD_ROWS }
                  : {
                      source: 'table',
                      columns: [t('reportBuilder.chart.defaultColumn')],
                      rows: [],
                      unit: '',
                      denominator: '',
                      period: '',
                    },
                '',
              )
            }
            options={[
              { value: 'data', label: t('reportBuilder.chart.fromData') },
              { value: 'table', label: t('reportBuilder.chart.fromTable') },
            ]}
          />
        )}
      </Field>
      {data.source === 'data' ? (
        <>
          <Field label={t('reportBuilder.chart.series')}>
            {(id) => (
              <Select
                id={id}
                value={data.series}
                onChange={(series: ChartSeriesSource) => setData({ ...data, series }, '')}
                options={ChartSeriesSource.options.map((s) => ({
                  value: s,
                  label: t(`reportBuilder.series.${s}`),
                }))}
              />
            )}
          </Field>
          <NumberField
            label={t('reportBuilder.chart.limit')}
            value={data.limit}
            min={1}
            max={12}
            help={
              data.limit > MAX_CARD_ROWS
                ? t('reportBuilder.chart.limitTooMany', { max: MAX_CARD_ROWS })
                : t('reportBuilder.chart.limitHelp')
            }
            onChange={(value) =>
              setData(
                { ...data, limit: Math.min(12, Math.max(1, Math.round(value ?? MAX_CARD_ROWS))) },
                'limit',
              )
            }
          />
        </>
      ) : (
        <TableEditor data={data} onChange={setData} />
      )}
    </>
  );
}

function TableEditor({
  data,
  onChange,
}: {
  data: TableData;
  onChange: (next: TableData, field: string) => void;
}) {
  const { t } = useTranslation();
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasteText, setPasteText] = useState('');
  const [error, setError] = useState<string | null>(null);

  /** Replaces the table with a pasted block; a refused block changes nothing and says which cell. */
  const applyPaste = (text: string): boolean => {
    const parsed = parsePastedTable(text);
    if (!parsed.ok) {
      setError(pasteErrorText(parsed.error, t));
      return false;
    }
    setError(null);
    onChange({ ...data, columns: parsed.columns, rows: parsed.rows }, '');
    return true;
  };
  const onGridPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    // A single value pasted into one cell is that cell's business; a block with tabs is a table.
    if (!text.includes('\t')) return;
    event.preventDefault();
    applyPaste(text);
  };
  const setRow = (index: number, row: ChartTableRow, field: string) =>
    onChange({ ...data, rows: data.rows.map((r, i) => (i === index ? row : r)) }, field);
  const width = data.columns.length;

  return (
    <div onPaste={onGridPaste}>
      <Space style={{ marginBottom: 8 }} wrap>
        <Button icon={<SnippetsOutlined />} onClick={() => setPasteOpen(true)}>
          {t('reportBuilder.paste.button')}
        </Button>
        <Typography.Text type="secondary">{t('reportBuilder.paste.hint')}</Typography.Text>
      </Space>
      {error ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          style={{ marginBottom: 8 }}
          title={error}
          role="alert"
        />
      ) : null}
      {data.rows.length > MAX_CARD_ROWS ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('reportBuilder.chart.tooManyRows', { count: data.rows.length, max: MAX_CARD_ROWS })}
        />
      ) : null}
      <div style={{ overflowX: 'auto' }}>
        <table
          role="grid"
          aria-label={t('reportBuilder.chart.table')}
          style={{ borderCollapse: 'collapse', width: '100%' }}
        >
          <thead>
            <tr>
              <th style={{ minWidth: 110, textAlign: 'start', fontWeight: 'normal', color: '#595959' }}>
                {t('reportBuilder.chart.rowLabel')}
              </th>
              {data.columns.map((name, c) => (
                <th key={c} style={{ minWidth: 90 }}>
                  <Space.Compact style={{ width: '100%' }}>
                    <Input
                      size="small"
                      aria-label={t('reportBuilder.chart.columnName', { column: c + 1 })}
                      value={name}
                      maxLength={30}
                      onChange={(event) =>
                        onChange(
                          {
                            ...data,
                            columns: data.columns.map((n, i) => (i === c ? event.target.value : n)),
                          },
                          `column-${c}`,
                        )
                      }
                    />
                    {width > 1 ? (
                      <Button
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={t('reportBuilder.chart.removeColumn', { column: c + 1 })}
                        title={t('reportBuilder.chart.removeColumn', { column: c + 1 })}
                        onClick={() =>
                          onChange(
                            {
                              ...data,
                              columns: data.columns.filter((_, i) => i !== c),
                              rows: data.rows.map((r) => ({
                                ...r,
                                values: r.values.filter((_, i) => i !== c),
                              })),
                            },
                            '',
                          )
                        }
                      />
                    ) : null}
                  </Space.Compact>
                </th>
              ))}
              <th style={{ width: 32 }} />
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row, r) => (
              <tr key={r}>
                <td>
                  <Input
                    size="small"
                    aria-label={t('reportBuilder.chart.rowName', { row: r + 1 })}
                    value={row.label}
                    maxLength={50}
                    onChange={(event) => setRow(r, { ...row, label: event.target.value }, `row-${r}`)}
                  />
                </td>
                {data.columns.map((_, c) => (
                  <td key={c}>
                    <InputNumber
                      size="small"
                      style={{ width: '100%' }}
                      aria-label={t('reportBuilder.chart.cell', { row: r + 1, column: c + 1 })}
                      value={row.values[c] ?? null}
                      onChange={(value) =>
                        setRow(
                          r,
                          {
                            ...row,
                            values: row.values.map((v, i) =>
                              i === c
                                ? typeof value === 'number' && Number.isFinite(value)
                                  ? value
                                  : null
                                : v,
                            ),
                          },
                          `cell-${r}-${c}`,
                        )
                      }
                    />
                  </td>
                ))}
                <td>
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('reportBuilder.chart.removeRow', { row: r + 1 })}
                    title={t('reportBuilder.chart.removeRow', { row: r + 1 })}
                    onClick={() => onChange({ ...data, rows: data.rows.filter((_, i) => i !== r) }, '')}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Space style={{ margin: '8px 0 12px' }} wrap>
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={data.rows.length >= MAX_TABLE_ROWS}
          onClick={() =>
            onChange(
              {
                ...data,
                rows: [
                  ...data.rows,
                  {
                    label: t('reportBuilder.chart.newRow', { n: data.rows.length + 1 }),
                    values: data.columns.map(() => null),
                  },
                ],
              },
              '',
            )
          }
        >
          {t('reportBuilder.chart.addRow')}
        </Button>
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={width >= MAX_TABLE_COLUMNS}
          onClick={() =>
            onChange(
              {
                ...data,
                columns: [...data.columns, t('reportBuilder.chart.newColumn', { n: width + 1 })],
                rows: data.rows.map((r) => ({ ...r, values: [...r.values, null] })),
              },
              '',
            )
          }
        >
          {t('reportBuilder.chart.addColumn')}
        </Button>
      </Space>
      <TextField
        label={t('reportBuilder.figure.unit')}
        value={data.unit}
        maxLength={20}
        onChange={(unit) => onChange({ ...data, unit }, 'unit')}
      />
      <TextField
        label={t('reportBuilder.figure.denominator')}
        value={data.denominator}
        maxLength={100}
        placeholder={t('reportBuilder.figure.denominatorPlaceholder')}
        onChange={(denominator) => onChange({ ...data, denominator }, 'denominator')}
      />
      <TextField
        label={t('reportBuilder.figure.period')}
        value={data.period}
        maxLength={100}
        placeholder={t('reportBuilder.figure.periodPlaceholder')}
        onChange={(period) => onChange({ ...data, period }, 'period')}
      />
      <Modal
        open={pasteOpen}
        title={t('reportBuilder.paste.title')}
        okText={t('reportBuilder.paste.apply')}
        cancelText={t('common.cancel')}
        onCancel={() => setPasteOpen(false)}
        onOk={() => {
          if (applyPaste(pasteText)) {
            setPasteOpen(false);
            setPasteText('');
          }
        }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('reportBuilder.paste.explain')}</Typography.Paragraph>
        {error ? <Alert type="error" showIcon style={{ marginBottom: 8 }} title={error} /> : null}
        <Input.TextArea
          aria-label={t('reportBuilder.paste.area')}
          value={pasteText}
          autoSize={{ minRows: 6, maxRows: 14 }}
          onChange={(event) => setPasteText(event.target.value)}
          // The modal renders inside the grid's React tree: its paste is text for this box, not the grid's.
          onPaste={(event) => event.stopPropagation()}
          style={{ fontFamily: 'monospace' }}
        />
      </Modal>
    </div>
  );
}
