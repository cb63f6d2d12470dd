import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

const CATEGORIES = ['living', 'safety', 'environment', 'travel'] as const;

/** 民生项目池: only described for now, so the navigation shows the whole method; no project data is stored yet. */
export function ProjectPoolScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="projects-heading">
      <PageHeader id="projects-heading" title={t('projects.title')} />
      <Card>
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <div style={{ maxWidth: 620, margin: '0 auto' }}>
              <Typography.Paragraph strong>{t('projects.empty')}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">{t('projects.explain')}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">
                {CATEGORIES.map((c) => t(`projects.categories.${c}`)).join(' · ')}
              </Typography.Paragraph>
              <Typography.Paragraph type="secondary">{t('projects.stages')}</Typography.Paragraph>
            </div>
          }
        />
      </Card>
    </section>
  );
}
