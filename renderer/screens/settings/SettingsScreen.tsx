import { Card, Col, Descriptions, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useAppInfo } from '../../data/queries';
import { useCurrentLanguage, useSetLanguage } from '../../i18n/use-language';
import { CommunitiesCard, DepartmentsCard } from './directories';
import { FollowUpSettingsCard } from './FollowUpSettingsCard';
import { OfficeProfileCard } from './OfficeProfileCard';

function LanguageAndAbout() {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const setLanguage = useSetLanguage();
  const info = useAppInfo();
  return (
    <Card title={t('settings.languageAndAbout')} style={{ height: '100%' }}>
      <Typography.Paragraph strong id="language-label" style={{ marginBottom: 8 }}>
        {t('settings.language')}
      </Typography.Paragraph>
      <Radio.Group
        aria-labelledby="language-label"
        optionType="button"
        buttonStyle="solid"
        value={language}
        onChange={(event) => void setLanguage(event.target.value === 'en-US' ? 'en-US' : 'zh-CN')}
        // Each language is named in itself, so a user who cannot read the current one still finds theirs.
        options={[
          { value: 'zh-CN', label: t('settings.languageNames.zhCN') },
          { value: 'en-US', label: t('settings.languageNames.enUS') },
        ]}
        style={{ marginBottom: 20 }}
      />
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'version', label: t('settings.version'), children: info.data?.version ?? '' },
          {
            key: 'dataDir',
            label: t('settings.dataDir'),
            children: (
              <Typography.Text
                copyable={{ text: info.data?.dataDir ?? '' }}
                style={{ overflowWrap: 'anywhere' }}
              >
                {info.data?.dataDir ?? ''}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-heading">
      <PageHeader id="settings-heading" title={t('settings.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <OfficeProfileCard />
        </Col>
        <Col xs={24} xl={10}>
          <LanguageAndAbout />
        </Col>
        <Col xs={24} xxl={12}>
          <DepartmentsCard />
        </Col>
        <Col xs={24} xxl={12}>
          <CommunitiesCard />
        </Col>
        <Col xs={24} xxl={12}>
          <FollowUpSettingsCard />
        </Col>
      </Row>
    </section>
  );
}
