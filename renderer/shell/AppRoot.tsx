import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCurrentLanguage, useLanguageSync } from '../i18n/use-language';
import { NavigationProvider } from './navigation';
import { Shell } from './Shell';
import { officeTheme } from './theme';

export function AppRoot() {
  useLanguageSync();
  const language = useCurrentLanguage();
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      theme={officeTheme}
      // antd spaces out two-character Chinese labels ("保 存"); screen readers then spell them letter by letter.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <NavigationProvider>
          <Shell />
        </NavigationProvider>
      </AntApp>
    </ConfigProvider>
  );
}
