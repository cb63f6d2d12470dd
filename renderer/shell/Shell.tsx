import {
  DesktopOutlined,
  FolderOpenOutlined,
  SettingOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { connection } from '../api';
import { StorageNotices } from '../components/StorageNotices';
import { useOffice } from '../data/queries';
import { MeetingListScreen } from '../screens/meetings/MeetingListScreen';
import { ProjectPoolScreen } from '../screens/projects/ProjectPoolScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { WorkbenchScreen } from '../screens/workbench/WorkbenchScreen';
import { ConsoleScreen } from '../screens/console/ConsoleScreen';
import { useNavigation, type Screen } from './navigation';
import { SecondWindowButton } from './SecondWindowButton';

const SIDER_WIDTH = 176;

function CurrentScreen({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'meetings':
      return <MeetingListScreen />;
    case 'workbench':
      return <WorkbenchScreen />;
    case 'projects':
      return <ProjectPoolScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'console':
      return <ConsoleScreen />;
  }
}

export function Shell() {
  const { t } = useTranslation();
  const { screen, go } = useNavigation();
  const office = useOffice();
  const officeName = office.data?.profile.name ?? '';
  // The presenter console takes the whole window, as PowerPoint's does.
  if (screen === 'console') return <ConsoleScreen />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* Sticky, so the navigation stays in reach on long screens such as 设置. */}
      <Layout.Sider
        width={SIDER_WIDTH}
        theme="light"
        style={{
          borderRight: '1px solid #e5e8ee',
          position: 'sticky',
          top: 0,
          height: '100vh',
          overflow: 'auto',
        }}
      >
        <div style={{ padding: '14px 16px 10px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('app.tagline')}
          </Typography.Text>
        </div>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={[screen]}
            style={{ borderInlineEnd: 'none' }}
            onClick={({ key }) => go(key as Screen)}
            items={[
              { key: 'meetings', icon: <UnorderedListOutlined />, label: t('nav.meetings') },
              { key: 'workbench', icon: <DesktopOutlined />, label: t('nav.workbench') },
              { key: 'projects', icon: <FolderOpenOutlined />, label: t('nav.projects') },
              { key: 'settings', icon: <SettingOutlined />, label: t('nav.settings') },
            ]}
          />
        </nav>
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{ display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #e5e8ee' }}
        >
          <Typography.Text strong ellipsis style={{ fontSize: 16, flex: 1, minWidth: 0 }}>
            {officeName || t('app.officeUnnamed')}
          </Typography.Text>
          {connection.kind === 'host' && connection.token !== null ? (
            <SecondWindowButton token={connection.token} />
          ) : null}
        </Layout.Header>
        {/* Layout.Content is the page's <main>. */}
        <Layout.Content style={{ padding: 20, minWidth: 0 }}>
          <StorageNotices />
          <CurrentScreen screen={screen} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
