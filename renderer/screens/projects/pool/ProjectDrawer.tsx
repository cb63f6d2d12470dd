import { App, Button, Drawer, Empty, List, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, ProjectBatch, ProjectTerms } from '../../../../shared/domain/project';
import { formatShanghai } from '../../../../shared/logic/shanghai-time';
import { call } from '../../../data/call';
import { EffectSection } from './EffectSection';
import { changedTerms, termsOf } from './pool-model';
import { ProjectForm } from './ProjectForm';
import { usePoolRun } from './use-pool-run';

/**
 * 新建项目 (project null) or one project whole: its terms, saved at the revision shown; its history and
 * sources; and its 成效 against the imported work orders.
 */
export function ProjectDrawer({
  project,
  batchId,
  batches,
  by,
  onClose,
}: {
  project: Project | null;
  batchId: string | null;
  batches: readonly ProjectBatch[];
  by: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const run = usePoolRun();
  const [terms, setTerms] = useState<ProjectTerms>(() => termsOf(project));
  const [busy, setBusy] = useState(false);
  const batchName = (id: string) => batches.find((b) => b.id === id)?.name ?? id;

  const save = async () => {
    if (terms.name.trim() === '') {
      void message.warning(t('projectPool.form.needName'));
      return;
    }
    setBusy(true);
    const tasks = terms.tasks.filter((task) => task.title.trim() !== '');
    const clean = { ...terms, tasks };
    if (project === null) {
      if (batchId === null) {
        setBusy(false);
        void message.warning(t('projectPool.form.needBatch'));
        return;
      }
      const created = await run(() => call('projects.create', { draft: { ...clean, batchId }, by }));
      setBusy(false);
      if (created) {
        void message.success(t('projectPool.form.created', { name: created.name }));
        onClose();
      }
      return;
    }
    const patch = changedTerms(termsOf(project), clean);
    if (Object.keys(patch).length === 0) {
      setBusy(false);
      onClose();
      return;
    }
    const saved = await run(() =>
      call('projects.update', { id: project.id, expectedRevision: project.revision, patch, by }),
    );
    setBusy(false);
    if (saved) void message.success(t('projectPool.form.saved'));
  };

  const remove = () => {
    if (project === null) return;
    void modal.confirm({
      title: t('projectPool.form.deleteTitle', { name: project.name }),
      content: t('projectPool.form.deleteExplain'),
      okText: t('projectPool.form.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const done = await run(() => call('projects.delete', { id: project.id, by }));
        if (done) {
          void message.success(t('projectPool.form.deleted'));
          onClose();
        }
      },
    });
  };

  return (
    <Drawer
      open
      width={Math.min(760, typeof window === 'undefined' ? 760 : window.innerWidth - 40)}
      title={project ? project.name : t('projectPool.form.newTitle')}
      onClose={onClose}
      destroyOnHidden
      data-testid="project-drawer"
      extra={
        <Space>
          {project ? (
            <Button danger onClick={remove}>
              {t('projectPool.form.delete')}
            </Button>
          ) : null}
          <Button type="primary" loading={busy} onClick={() => void save()} data-testid="project-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {project && project.batchIds.length > 1 ? (
        <Typography.Paragraph>
          <Tag color="purple">{t('projectPool.carried')}</Tag>
          {project.batchIds.map(batchName).join(' → ')}
        </Typography.Paragraph>
      ) : null}
      <ProjectForm terms={terms} onChange={(patch) => setTerms((x) => ({ ...x, ...patch }))} />
      {project ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('projectPool.effect.title')}
          </Typography.Title>
          <EffectSection project={project} by={by} />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('projectPool.sources.title')}
          </Typography.Title>
          {project.sources.length === 0 ? (
            <Typography.Text type="secondary">{t('projectPool.sources.none')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={project.sources}
              renderItem={(source) => (
                <List.Item>
                  <Space wrap>
                    <Tag>{t(`projectPool.sources.kinds.${source.kind}`)}</Tag>
                    <span>{source.label || source.refId}</span>
                    <Typography.Text type="secondary">
                      {t('projectPool.sources.meeting', { id: source.meetingId })}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('projectPool.history.title')}
          </Typography.Title>
          {project.history.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Timeline
              data-testid="project-history"
              items={[...project.history].reverse().map((entry, index) => ({
                key: `${entry.at}-${index}`,
                children: (
                  <div>
                    <Typography.Text strong>{t(`projectPool.history.kinds.${entry.kind}`)}</Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {formatShanghai(entry.at)} · {entry.by}
                    </Typography.Text>
                    {entry.note ? <div>{entry.note}</div> : null}
                  </div>
                ),
              }))}
            />
          )}
        </>
      ) : null}
    </Drawer>
  );
}
