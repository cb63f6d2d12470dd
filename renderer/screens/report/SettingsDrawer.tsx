import { Drawer, Form, Input, Radio, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectorLayout, ReportSettings } from '../../../shared/domain';
import { Field } from './editors/fields';

const SWITCHES = ['showHeader', 'showFooter', 'showClock', 'showLogo'] as const;

/** How the projector frames every card; saved with the cards, undone with them. */
export function SettingsDrawer({
  open,
  settings,
  onClose,
  onChange,
}: {
  open: boolean;
  settings: ReportSettings;
  onClose: () => void;
  onChange: (settings: ReportSettings, group: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} title={t('reportBuilder.settings.title')} size={380}>
      <Form layout="vertical" component="div">
        <Field label={t('reportBuilder.settings.layout')} help={t('reportBuilder.settings.layoutHelp')}>
          {(id) => (
            <Radio.Group
              id={id}
              optionType="button"
              value={settings.layout}
              onChange={(event) =>
                onChange({ ...settings, layout: event.target.value as ProjectorLayout }, null)
              }
              options={[
                { value: '16:9', label: '16:9' },
                { value: '4:3', label: '4:3' },
              ]}
            />
          )}
        </Field>
        {SWITCHES.map((key) => (
          <Field key={key} label={t(`reportBuilder.settings.${key}`)}>
            {(id) => (
              <Switch
                id={id}
                checked={settings[key]}
                onChange={(on) => onChange({ ...settings, [key]: on }, null)}
              />
            )}
          </Field>
        ))}
        <Field
          label={t('reportBuilder.settings.footerText')}
          help={t('reportBuilder.settings.footerTextHelp')}
        >
          {(id) => (
            <Input
              id={id}
              value={settings.footerText}
              maxLength={100}
              onChange={(event) =>
                onChange({ ...settings, footerText: event.target.value }, 'settings:footerText')
              }
            />
          )}
        </Field>
      </Form>
    </Drawer>
  );
}
