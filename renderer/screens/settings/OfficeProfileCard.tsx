import { App, Button, Card, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficeKind, type OfficeProfile } from '../../../shared/domain';
import { call } from '../../data/call';
import { useOffice } from '../../data/queries';
import { useOfficeAction } from './use-office-action';

export function OfficeProfileCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const office = useOffice();
  const act = useOfficeAction();
  const [form] = Form.useForm<OfficeProfile>();
  const profile = office.data?.profile;

  useEffect(() => {
    if (profile) form.setFieldsValue(profile);
  }, [profile, form]);

  const save = async (values: OfficeProfile) => {
    const saved = await act(() => call('office.update', values));
    if (saved) void message.success(t('settings.profileSaved'));
  };

  return (
    <Card title={t('settings.profile')} loading={office.isLoading}>
      <Form<OfficeProfile> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Form.Item
            name="name"
            label={t('settings.officeName')}
            style={{ flex: '2 1 200px' }}
            rules={[{ max: 100 }]}
          >
            <Input maxLength={100} placeholder={t('settings.officeNamePlaceholder')} />
          </Form.Item>
          <Form.Item name="kind" label={t('settings.officeKind')} style={{ flex: '1 1 110px' }}>
            <Select
              options={OfficeKind.options.map((value) => ({ value, label: t(`office.kind.${value}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="district"
            label={t('settings.district')}
            style={{ flex: '1 1 140px' }}
            rules={[{ max: 100 }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </div>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Form.Item
            name="address"
            label={t('settings.address')}
            style={{ flex: '2 1 240px' }}
            rules={[{ max: 200 }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('settings.phone')}
            style={{ flex: '1 1 160px' }}
            rules={[{ pattern: /^[0-9+\-() ]*$/, message: t('settings.phoneInvalid') }, { max: 32 }]}
          >
            <Input maxLength={32} />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
