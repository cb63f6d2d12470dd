import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Input, Progress, Select, Space, Spin, Table, Tag, Tooltip } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, ProjectCategory, ProjectStage } from '../../../../shared/domain/project';
import { PROJECT_CATEGORIES, PROJECT_STAGES } from '../../../../shared/domain/project';
import { shanghaiToday } from '../../../../shared/logic/live/deadline';
import { CATEGORY_LABELS, STAGE_LABELS } from '../../../../shared/logic/projects/categories';
import { isLate } from '../../../../shared/logic/projects/project-state';
import { isEditableTarget } from '../../../components/is-editable-target';
import { useProjectPool } from '../../../data/project-queries';
import { useOperatorName } from '../../live/operator';
import { ImportModal } from './ImportModal';
import {
  carriedThrough,
  defaultBatchId,
  filterProjects,
  NO_FILTER,
  townsOf,
  type ProjectFilter,
  type ProjectStatus,
} from './pool-model';
import { ProjectDrawer } from './ProjectDrawer';

const STATUSES: readonly ProjectStatus[] = ['all', 'finished', 'unfinished', 'late', 'overdue'];

type Open = { kind: 'new' } | { kind: 'project'; id: string } | { kind: 'import' } | null;

/** 项目: the batch's projects, filtered and searched; 新建 and edit in a drawer, 导入项目清单 in a modal. */
export function ProjectsTab() {
  const { t } = useTranslation();
  const pool = useProjectPool();
  const { name: by } = useOperatorName();
  const [chosenBatch, setChosenBatch] = useState<string | null>(null);
  const [filter, setFilter] = useState<ProjectFilter>(NO_FILTER);
  const [open, setOpen] = useState<Open>(null);
  const batches = useMemo(() => pool.data?.batches ?? [], [pool.data]);
  const projects = useMemo(() => pool.data?.projects ?? [], [pool.data]);
  const batchId =
    chosenBatch !== null && batches.some((b) => b.id === chosenBatch) ? chosenBatch : defaultBatchId(batches);
  const today = shanghaiToday(new Date());
  const rows = useMemo(
    () => filterProjects(projects, batchId, filter, today),
    [projects, batchId, filter, today],
  );
  const towns = useMemo(() => townsOf(projects), [projects]);
  const set = (patch: Partial<ProjectFilter>) => setFilter((f) => ({ ...f, ...patch }));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isEditableTarget(event.target)) return;
      if (open !== null || document.querySelector('.ant-modal-wrap, .ant-drawer-open')) return;
      if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        setOpen({ kind: 'new' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (pool.isLoading) return <Spin />;
  if (pool.error) return <Alert type="error" showIcon message={t('projectPool.loadFailed')} />;

  const opened = open?.kind === 'project' ? (projects.find((p) => p.id === open.id) ?? null) : null;

  const buttons = (
    <Space wrap>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen({ kind: 'new' })}>
        {t('projectPool.newProject')}
      </Button>
      <Button icon={<UploadOutlined />} onClick={() => setOpen({ kind: 'import' })}>
        {t('projectPool.importSheet')}
      </Button>
    </Space>
  );

  return (
    <div data-testid="projects-tab">
      {projects.length === 0 ? (
        <Empty
          data-testid="projects-empty"
          description={
            <>
              <div>{t('projectPool.empty')}</div>
              <div style={{ maxWidth: 560, margin: '8px auto' }}>{t('projectPool.explain')}</div>
              {batches.length === 0 ? <div>{t('projectPool.needBatchFirst')}</div> : null}
            </>
          }
        >
          {buttons}
        </Empty>
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              aria-label={t('projectPool.batch')}
              style={{ minWidth: 150 }}
              value={batchId}
              onChange={setChosenBatch}
              options={batches.map((b) => ({
                value: b.id,
                label: `${b.name}${b.closedOn ? `（${t('projectPool.batches.closed')}）` : ''}`,
              }))}
            />
            <Select<ProjectCategory>
              aria-label={t('projectPool.fields.category')}
              allowClear
              placeholder={t('projectPool.filters.category')}
              style={{ minWidth: 150 }}
              value={filter.category ?? undefined}
              onChange={(v) => set({ category: v ?? null })}
              options={PROJECT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
            />
            <Select<string>
              aria-label={t('projectPool.fields.town')}
              allowClear
              showSearch
              placeholder={t('projectPool.filters.town')}
              style={{ minWidth: 130 }}
              value={filter.town ?? undefined}
              onChange={(v) => set({ town: v ?? null })}
              options={towns.map((town) => ({ value: town, label: town }))}
            />
            <Select<ProjectStage>
              aria-label={t('projectPool.fields.stage')}
              allowClear
              placeholder={t('projectPool.filters.stage')}
              style={{ minWidth: 110 }}
              value={filter.stage ?? undefined}
              onChange={(v) => set({ stage: v ?? null })}
              options={PROJECT_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
            />
            <Select<ProjectStatus>
              aria-label={t('projectPool.filters.status')}
              style={{ minWidth: 110 }}
              value={filter.status}
              onChange={(status) => set({ status })}
              options={STATUSES.map((s) => ({ value: s, label: t(`projectPool.status.${s}`) }))}
            />
            <Input.Search
              allowClear
              aria-label={t('projectPool.filters.search')}
              placeholder={t('projectPool.filters.search')}
              style={{ width: 220 }}
              value={filter.search}
              onChange={(e) => set({ search: e.target.value })}
            />
            {buttons}
          </Space>
          <Table<Project>
            data-testid="projects-table"
            size="small"
            rowKey="id"
            dataSource={rows}
            scroll={{ x: 1150 }}
            pagination={{
              defaultPageSize: 50,
              showSizeChanger: true,
              showTotal: (n) => t('projectPool.total', { count: n }),
            }}
            onRow={(p) => ({
              onClick: () => setOpen({ kind: 'project', id: p.id }),
              style: { cursor: 'pointer' },
            })}
            columns={[
              { title: t('projectPool.fields.code'), dataIndex: 'code', width: 110 },
              {
                title: t('projectPool.fields.name'),
                dataIndex: 'name',
                render: (name: string, p) => {
                  const through = carriedThrough(p, batches);
                  return (
                    <Space size={4} wrap>
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                      >
                        {name}
                      </Button>
                      {through.length > 0 ? (
                        <Tooltip title={through.join(' → ')}>
                          <Tag color="purple" data-testid="carried-tag">
                            {t('projectPool.carried')}
                          </Tag>
                        </Tooltip>
                      ) : null}
                    </Space>
                  );
                },
              },
              {
                title: t('projectPool.fields.category'),
                dataIndex: 'category',
                width: 120,
                render: (c: ProjectCategory) => CATEGORY_LABELS[c],
              },
              { title: t('projectPool.fields.town'), dataIndex: 'town', width: 100 },
              { title: t('projectPool.fields.leadUnit'), dataIndex: 'leadUnit', width: 140, ellipsis: true },
              {
                title: t('projectPool.fields.deadline'),
                dataIndex: 'deadline',
                width: 110,
                render: (d: string | null) => d ?? '—',
              },
              {
                title: t('projectPool.fields.progress'),
                dataIndex: 'progress',
                width: 130,
                render: (n: number) => <Progress percent={n} size="small" />,
              },
              {
                title: t('projectPool.fields.stage'),
                dataIndex: 'stage',
                width: 70,
                render: (s: ProjectStage) => STAGE_LABELS[s],
              },
              {
                title: t('projectPool.fields.completedOn'),
                dataIndex: 'completedOn',
                width: 170,
                render: (d: string | null, p) =>
                  d === null ? (
                    '—'
                  ) : (
                    <Space size={4}>
                      {d}
                      {isLate(p) ? <Tag color="orange">{t('projectPool.lateTag')}</Tag> : null}
                    </Space>
                  ),
              },
            ]}
          />
        </>
      )}
      {open?.kind === 'new' || opened ? (
        <ProjectDrawer
          key={open?.kind === 'new' ? 'new' : (opened?.id ?? '')}
          project={opened}
          batchId={batchId}
          batches={batches}
          by={by}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'import' ? (
        <ImportModal batches={batches} by={by} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
}
