import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { BatchesTab } from './pool/BatchesTab';
import { ProjectsTab } from './pool/ProjectsTab';
import { StatsTab } from './pool/StatsTab';
import { VotesTab } from './votes/VotesTab';

/**
 * 民生项目池: common needs become projects, chosen by 差额票决 and run in batches; an unfinished project
 * is carried into the next batch with its history.
 */
export function ProjectPoolScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="projects-heading">
      <PageHeader id="projects-heading" title={t('projectPool.title')} />
      <Tabs
        destroyOnHidden
        items={[
          { key: 'projects', label: t('projectPool.tabs.projects'), children: <ProjectsTab /> },
          { key: 'batches', label: t('projectPool.tabs.batches'), children: <BatchesTab /> },
          { key: 'votes', label: t('projectPool.tabs.votes'), children: <VotesTab /> },
          { key: 'stats', label: t('projectPool.tabs.stats'), children: <StatsTab /> },
        ]}
      />
    </section>
  );
}
