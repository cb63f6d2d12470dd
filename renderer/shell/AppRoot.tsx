import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { connection } from '../api';
import { apiErrorOf } from '../data/api-failure';
import { useAppInfo } from '../data/queries';
import { useCurrentLanguage, useLanguageSync } from '../i18n/use-language';
import { AccessRefused } from './AccessRefused';
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
          {connection.kind === 'host' && connection.token === null ? (
            <AccessRefused reason="noToken" />
          ) : (
            <TokenChecked />
          )}
        </NavigationProvider>
      </AntApp>
    </ConfigProvider>
  );
}

/** A token the server no longer accepts (it restarted with a new one) gets the same explanation. */
function TokenChecked() {
  const info = useAppInfo();
  if (info.isError && apiErrorOf(info.error).code === 'unauthorized')
    return <AccessRefused reason="rejected" />;
  return <Shell />;
}
