import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUESTION_KEYS } from '../live-keys';
import { KeyHint } from './KeyHint';

/** 快捷键: every key of the question list, in one small card. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    ['↑ ↓', t('liveConsole.keys.select')],
    ...(Object.entries(QUESTION_KEYS) as [keyof typeof QUESTION_KEYS, string][]).map(
      ([action, key]): [string, string] => [key, t(`liveConsole.keys.${action}`)],
    ),
    ['Enter', t('liveConsole.keys.enterSaves')],
    ['Shift+Enter', t('liveConsole.keys.newLine')],
    ['Esc', t('liveConsole.keys.leaveForm')],
  ];
  return (
    <Popover
      trigger="click"
      title={t('liveConsole.keys.title')}
      content={
        <table data-testid="shortcut-help" style={{ borderSpacing: '8px 2px', marginInline: -8 }}>
          <tbody>
            {rows.map(([key, label]) => (
              <tr key={key}>
                <td style={{ whiteSpace: 'nowrap' }}>
                  <KeyHint keyName={key} />
                </td>
                <td>{label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Button size="small" icon={<QuestionCircleOutlined />}>
        {t('liveConsole.keys.button')}
      </Button>
    </Popover>
  );
}
