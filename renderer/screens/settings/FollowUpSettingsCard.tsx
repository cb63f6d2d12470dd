import { App, Button, Card, Form, InputNumber } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../data/call';
import { followBoardKeys, useFollowSettings } from '../../data/follow-board-queries';
import { useRunner } from '../../data/use-runner';
import { useOperatorName } from '../live/operator';
import {
  fromFormValues,
  SETTING_BOUNDS,
  toFormValues,
  type SettingsFormValues,
} from '../follow-board/settings-form';

/** 跟踪设置: when 回访 is due per list, who is ranked, when the notice and deadline reminders come. */
export function FollowUpSettingsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useFollowSettings();
  const run = useRunner();
  const client = useQueryClient();
  const { name: by } = useOperatorName();
  const [form] = Form.useForm<SettingsFormValues>();

  useEffect(() => {
    if (settings.data) form.setFieldsValue(toFormValues(settings.data));
  }, [settings.data, form]);

  const save = async (values: SettingsFormValues) => {
    const parsed = fromFormValues(values);
    if (!parsed) return;
    const saved = await run(() => call('followUps.settings.set', { settings: parsed, by }));
    if (!saved) return;
    client.setQueryData(followBoardKeys.settings, saved);
    void client.invalidateQueries({ queryKey: followBoardKeys.all });
    void message.success(t('followBoard.settings.saved'));
  };

  const field = (name: keyof SettingsFormValues, label: string, unit: string) => {
    const { min, max } = SETTING_BOUNDS[name];
    return (
      <Form.Item
        name={name}
        label={label}
        style={{ flex: '1 1 150px' }}
        rules={[
          { required: true, message: t('followBoard.settings.required', { field: label }) },
          {
            type: 'integer',
            min,
            max,
            message: t('followBoard.settings.range', { field: label, min, max }),
          },
        ]}
      >
        <InputNumber data-testid={`follow-setting-${name}`} addonAfter={unit} style={{ width: '100%' }} />
      </Form.Item>
    );
  };

  const days = t('followBoard.settings.days');
  return (
    <Card title={t('followBoard.settings.title')} loading={settings.isLoading} data-testid="follow-settings">
      <Form<SettingsFormValues> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <div style={{ fontWeight: 500, marginBottom: 8 }}>{t('followBoard.settings.callbackDays')}</div>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          {field('immediate', t('followBoard.settings.immediate'), days)}
          {field('deadline', t('followBoard.settings.deadline'), days)}
          {field('ongoing', t('followBoard.settings.ongoing'), days)}
        </div>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          {field('rankMinItems', t('followBoard.settings.rankMinItems'), t('followBoard.settings.items'))}
          {field('noticeDays', t('followBoard.settings.noticeDays'), days)}
          {field('deadlineWarnDays', t('followBoard.settings.deadlineWarnDays'), days)}
        </div>
        <Button type="primary" htmlType="submit" data-testid="follow-settings-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
