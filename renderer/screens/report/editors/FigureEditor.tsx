import { SearchOutlined } from '@ant-design/icons';
import { Button, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FigureMetric,
  type CardOf,
  type FigureComparison,
  type FigureSource,
} from '../../../../shared/domain';
import { useOpinionAnalysis } from '../../../data/opinion-queries';
import { Field, NumberField, TextField, type EditorProps } from './fields';

/** Metrics that name one category; the others count every work order of the meeting. */
const WITH_CATEGORY: ReadonlySet<FigureMetric> = new Set(['categoryCount', 'yearOnYear']);
/** Select values cannot be null: the blank category and "all categories" get stand-ins. */
const ALL = '\u0000all';

export function FigureEditor({
  card,
  meetingId,
  onChange,
  onTrace,
}: EditorProps<CardOf<'figure'>> & { onTrace: (() => void) | null }) {
  const { t } = useTranslation();
  const analysis = useOpinionAnalysis(meetingId);
  const categories = (analysis.data?.summary.byCategory ?? []).flatMap((b) =>
    b.name === null ? [] : [b.name],
  );
  const figure = card.figure;
  const setFigure = (next: FigureSource, field: string) => onChange({ figure: next }, field);
  const setComparison = (patch: Partial<FigureComparison>, field: string) =>
    onChange({ comparison: { ...card.comparison, ...patch } }, field);

  return (
    <>
      <TextField
        label={t('reportBuilder.fields.label')}
        value={card.label}
        maxLength={100}
        placeholder={t('reportBuilder.fields.labelPlaceholder')}
        onChange={(label) => onChange({ label }, 'label')}
      />
      <Field label={t('reportBuilder.figure.source')}>
        {(id) => (
          <Radio.Group
            id={id}
            optionType="button"
            value={figure.source}
            onChange={(event) =>
              setFigure(
                event.target.value === 'data'
                  ? { source: 'data', metric: 'resolutionRate', category: null }
                  : { source: 'manual', value: null, unit: '', denominator: '', period: '' },
                '',
              )
            }
            options={[
              { value: 'data', label: t('reportBuilder.figure.fromData') },
              { value: 'manual', label: t('reportBuilder.figure.manual') },
            ]}
          />
        )}
      </Field>
      {figure.source === 'data' ? (
        <>
          <Field label={t('reportBuilder.figure.metric')}>
            {(id) => (
              <Select
                id={id}
                value={figure.metric}
                onChange={(metric: FigureMetric) =>
                  setFigure(
                    { ...figure, metric, category: WITH_CATEGORY.has(metric) ? figure.category : null },
                    '',
                  )
                }
                options={FigureMetric.options.map((m) => ({
                  value: m,
                  label: t(`reportBuilder.metric.${m}`),
                }))}
              />
            )}
          </Field>
          {WITH_CATEGORY.has(figure.metric) ? (
            <Field
              label={t('reportBuilder.figure.category')}
              help={categories.length === 0 ? t('reportBuilder.figure.noCategories') : undefined}
            >
              {(id) => (
                <Select
                  id={id}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={figure.category ?? ALL}
                  onChange={(value: string) =>
                    setFigure({ ...figure, category: value === ALL ? null : value }, '')
                  }
                  options={[
                    {
                      value: ALL,
                      label: t(
                        figure.metric === 'yearOnYear'
                          ? 'reportBuilder.figure.allCategories'
                          : 'reportBuilder.figure.blankCategory',
                      ),
                    },
                    ...categories.map((name) => ({ value: name, label: name })),
                  ]}
                />
              )}
            </Field>
          ) : null}
          {onTrace ? (
            <Button icon={<SearchOutlined />} onClick={onTrace} style={{ marginBottom: 12 }}>
              {t('reportBuilder.trace')}
            </Button>
          ) : null}
        </>
      ) : (
        <>
          <NumberField
            label={t('reportBuilder.figure.value')}
            value={figure.value}
            placeholder={t('reportBuilder.figure.valuePlaceholder')}
            help={t('reportBuilder.figure.manualHelp')}
            onChange={(value) => setFigure({ ...figure, value }, 'value')}
          />
          <TextField
            label={t('reportBuilder.figure.unit')}
            value={figure.unit}
            maxLength={20}
            placeholder={t('reportBuilder.figure.unitPlaceholder')}
            onChange={(unit) => setFigure({ ...figure, unit }, 'unit')}
          />
          <TextField
            label={t('reportBuilder.figure.denominator')}
            value={figure.denominator}
            maxLength={100}
            placeholder={t('reportBuilder.figure.denominatorPlaceholder')}
            onChange={(denominator) => setFigure({ ...figure, denominator }, 'denominator')}
          />
          <TextField
            label={t('reportBuilder.figure.period')}
            value={figure.period}
            maxLength={100}
            placeholder={t('reportBuilder.figure.periodPlaceholder')}
            onChange={(period) => setFigure({ ...figure, period }, 'period')}
          />
        </>
      )}
      <Field label={t('reportBuilder.figure.comparison')}>
        {(id) => (
          <Radio.Group
            id={id}
            value={card.comparison.kind}
            onChange={(event) => setComparison({ kind: event.target.value as FigureComparison['kind'] }, '')}
            options={(['none', 'previous', 'target'] as const).map((kind) => ({
              value: kind,
              label: t(`reportBuilder.figure.comparisonKind.${kind}`),
            }))}
          />
        )}
      </Field>
      {card.comparison.kind !== 'none' ? (
        <>
          <NumberField
            label={t('reportBuilder.figure.comparisonValue')}
            value={card.comparison.value}
            onChange={(value) => setComparison({ value }, 'comparisonValue')}
          />
          <TextField
            label={t('reportBuilder.figure.comparisonLabel')}
            value={card.comparison.label}
            maxLength={50}
            placeholder={t(`reportBuilder.figure.comparisonLabelPlaceholder.${card.comparison.kind}`)}
            onChange={(label) => setComparison({ label }, 'comparisonLabel')}
          />
        </>
      ) : null}
      <TextField
        label={t('reportBuilder.fields.sourceNote')}
        value={card.sourceNote}
        maxLength={100}
        placeholder={t('reportBuilder.fields.sourceNotePlaceholder')}
        onChange={(sourceNote) => onChange({ sourceNote }, 'sourceNote')}
      />
    </>
  );
}
