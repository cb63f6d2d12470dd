import type { ThemeConfig } from 'antd';

/**
 * Light and plain for an office laptop under fluorescent light: a sober blue, body text a step larger
 * than antd's default so 1366×768 screens stay readable, CJK fonts first so Chinese never falls back.
 */
export const officeTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fb4',
    colorInfo: '#1d5fb4',
    borderRadius: 6,
    fontSize: 15,
    fontFamily:
      "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    colorBgLayout: '#f3f5f8',
  },
  components: {
    Layout: { siderBg: '#ffffff', headerBg: '#ffffff', headerHeight: 52, headerPadding: '0 20px' },
    Menu: { itemHeight: 44 },
  },
};
