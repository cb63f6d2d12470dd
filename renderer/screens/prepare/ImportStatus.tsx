import { Alert, Button, Card, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../i18n/use-error-text';
import type { ImportFlowState } from './use-import-flow';

/** Progress of a running parse (with 取消), or why a file was refused; nothing while idle. */
export function ImportStatus({
  state,
  onCancel,
  onDismiss,
}: {
  state: ImportFlowState;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (state.step === 'working') {
    const p = state.progress;
    const percent = p && p.total > 0 ? Math.min(100, Math.floor((p.done / p.total) * 100)) : 0;
    return (
      <Card size="small" style={{ marginBottom: 16 }} role="status">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {t('imports.reading', { file: state.fileName })}
            {p ? ` · ${t(`imports.phase.${p.phase}`, { done: p.done, total: p.total })}` : ''}
          </Typography.Text>
          <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
            <Progress
              percent={percent}
              status="active"
              style={{ flex: 1, margin: 0 }}
              aria-label={t('imports.progress')}
            />
            <Button onClick={onCancel}>{t('common.cancel')}</Button>
          </div>
        </Space>
      </Card>
    );
  }
  if (state.step === 'refused') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        closable={{ onClose: onDismiss, 'aria-label': t('imports.dismiss') }}
        style={{ marginBottom: 16 }}
        title={t('imports.refusedTitle', { file: state.fileName })}
        description={
          <>
            <div>{errorText(state.error)}</div>
            <div>{t('imports.nothingStored')}</div>
          </>
        }
      />
    );
  }
  return null;
}
