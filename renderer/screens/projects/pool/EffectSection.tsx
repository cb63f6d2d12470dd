import { Alert, Button, DatePicker, Select, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateSpan, EffectFigures, Project } from '../../../../shared/domain/project';
import { shanghaiToday } from '../../../../shared/logic/live/deadline';
import { call } from '../../../data/call';
import { useProjectEffect, useWorkOrderCategories } from '../../../data/project-queries';
import { defaultEffectSpans, formatDay, formatEffectChange } from './pool-model';
import { usePoolRun } from './use-pool-run';

type Range = [dayjs.Dayjs | null, dayjs.Dayjs | null] | null;

const toRange = (span: DateSpan): Range => [dayjs(span.from), dayjs(span.to)];
const toSpan = (range: Range, fallback: DateSpan): DateSpan =>
  range?.[0] && range[1]
    ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') }
    : fallback;

/** "停车管理工单：2023年1月1日—6月30日 261 件 → 2024年1月1日—6月30日 138 件（−47.1%）". */
export function useEffectLine(): (figures: EffectFigures) => string {
  const { t, i18n } = useTranslation();
  return (figures) => {
    const span = (s: EffectFigures['before']) => {
      const from = formatDay(s.from, i18n.language);
      const to = formatDay(s.to, i18n.language);
      // The second day drops the year when it repeats it, as Chinese reports write periods.
      const sameYear = s.from.slice(0, 4) === s.to.slice(0, 4) && i18n.language.startsWith('zh');
      return `${from}—${sameYear ? to.slice(to.indexOf('年') + 1) : to}`;
    };
    const count = (n: number | null) => (n === null ? '—' : t('projectPool.effect.count', { count: n }));
    const change = formatEffectChange(figures.change);
    return t('projectPool.effect.line', {
      category: figures.category,
      before: `${span(figures.before)} ${count(figures.before.count)}`,
      after: `${span(figures.after)} ${count(figures.after.count)}`,
      change: change === null ? '' : t('projectPool.effect.change', { change }),
    });
  };
}

/** 成效: a work-order category of the imported opinion sets, counted in two periods the operator names. */
export function EffectSection({ project, by }: { project: Project; by: string }) {
  const { t } = useTranslation();
  const run = usePoolRun();
  const categories = useWorkOrderCategories();
  const effect = useProjectEffect(project.effect ? project.id : null);
  const line = useEffectLine();
  const spans = project.effect ?? defaultEffectSpans(project.deadline, shanghaiToday(new Date()));
  const [category, setCategory] = useState<string | null>(project.effect?.category ?? null);
  const [before, setBefore] = useState<Range>(toRange(spans.before));
  const [after, setAfter] = useState<Range>(toRange(spans.after));
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (category === null) return;
    setBusy(true);
    await run(() =>
      call('projects.update', {
        id: project.id,
        expectedRevision: project.revision,
        patch: {
          effect: { category, before: toSpan(before, spans.before), after: toSpan(after, spans.after) },
        },
        by,
      }),
    );
    setBusy(false);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="project-effect">
      <Space wrap>
        <Select
          aria-label={t('projectPool.effect.category')}
          placeholder={t('projectPool.effect.category')}
          style={{ minWidth: 200 }}
          value={category}
          loading={categories.isLoading}
          onChange={setCategory}
          showSearch
          options={(categories.data ?? []).map((c) => ({
            value: c.name,
            label: t('projectPool.effect.categoryOption', { name: c.name, count: c.count }),
          }))}
          notFoundContent={t('projectPool.effect.noCategories')}
        />
        <span>{t('projectPool.effect.before')}</span>
        <DatePicker.RangePicker value={before} onChange={(v) => setBefore(v)} allowClear={false} />
        <span>{t('projectPool.effect.after')}</span>
        <DatePicker.RangePicker value={after} onChange={(v) => setAfter(v)} allowClear={false} />
        <Button disabled={category === null} loading={busy} onClick={() => void save()}>
          {t('projectPool.effect.apply')}
        </Button>
      </Space>
      {effect.isLoading ? <Spin size="small" /> : null}
      {effect.error ? <Alert type="warning" showIcon message={t('projectPool.effect.failed')} /> : null}
      {effect.data ? (
        <>
          <Typography.Text strong data-testid="effect-line">
            {line(effect.data)}
          </Typography.Text>
          <Typography.Text type="secondary">
            {effect.data.sources.length > 0
              ? t('projectPool.effect.sources', { names: effect.data.sources.join('、') })
              : t('projectPool.effect.noSources')}
          </Typography.Text>
        </>
      ) : project.effect === null ? (
        <Typography.Text type="secondary">{t('projectPool.effect.none')}</Typography.Text>
      ) : null}
    </Space>
  );
}
