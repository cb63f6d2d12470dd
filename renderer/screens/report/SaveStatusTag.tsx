import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  LoadingOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './use-report-editor';

/** 已保存 / 保存中 / 保存失败, always in view, so the operator never wonders whether an edit is kept. */
export function SaveStatusTag({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  switch (status.kind) {
    case 'saved':
      return (
        <Typography.Text type="success" role="status" data-save-status="saved">
          <CheckCircleOutlined /> {t('reportBuilder.save.saved')}
        </Typography.Text>
      );
    case 'pending':
    case 'saving':
      return (
        <Typography.Text type="secondary" role="status" data-save-status="saving">
          <LoadingOutlined /> {t('reportBuilder.save.saving')}
        </Typography.Text>
      );
    case 'invalid':
      return (
        <Typography.Text type="warning" role="status" data-save-status="invalid">
          <WarningOutlined /> {t('reportBuilder.save.notSaved')}
        </Typography.Text>
      );
    case 'failed':
      return (
        <Space size={4} role="status" data-save-status="failed">
          <Typography.Text type="danger">
            <CloseCircleOutlined /> {t('reportBuilder.save.failed')}
          </Typography.Text>
          <Button size="small" type="link" onClick={onRetry}>
            {t('reportBuilder.save.retry')}
          </Button>
        </Space>
      );
    case 'conflict':
      return (
        <Typography.Text type="danger" role="status" data-save-status="conflict">
          <CloseCircleOutlined /> {t('reportBuilder.save.failed')}
        </Typography.Text>
      );
  }
}
