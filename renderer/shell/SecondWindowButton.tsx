import { ExportOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { secondWindowAddress } from '../api/session-token';

/**
 * Host mode takes the token out of the address bar on the first load, so a second window (the
 * projector's) cannot be opened by copying the address. This offers an address that carries it.
 */
export function SecondWindowButton({ token }: { token: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const address = secondWindowAddress(window.location, token);
  return (
    <>
      <Button icon={<ExportOutlined />} onClick={() => setOpen(true)}>
        {t('secondWindow.button')}
      </Button>
      <Modal
        open={open}
        title={t('secondWindow.title')}
        onCancel={() => setOpen(false)}
        footer={
          <Space>
            <Button onClick={() => setOpen(false)}>{t('common.close')}</Button>
            <Button
              type="primary"
              icon={<ExportOutlined />}
              onClick={() => {
                window.open(address, '_blank', 'noopener');
                setOpen(false);
              }}
            >
              {t('secondWindow.open')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph>{t('secondWindow.explain')}</Typography.Paragraph>
        <Typography.Paragraph
          code
          copyable={{ text: address, tooltips: [t('secondWindow.copy'), t('secondWindow.copied')] }}
          style={{ wordBreak: 'break-all' }}
          aria-label={t('secondWindow.addressLabel')}
        >
          {address}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('secondWindow.warning')}</Typography.Paragraph>
      </Modal>
    </>
  );
}
