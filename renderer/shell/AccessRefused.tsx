import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Shown instead of the app when host mode cannot be used from this window: the address had no token
 * (typed or bookmarked without it), or the server no longer accepts it (restarted with a new one).
 * Without it the screens would only say that loading failed.
 */
export function AccessRefused({ reason }: { reason: 'noToken' | 'rejected' }) {
  const { t } = useTranslation();
  return (
    <main style={{ maxWidth: 720, margin: '8vh auto', padding: '0 20px' }}>
      <Result
        status="warning"
        title={t(`access.${reason}.title`)}
        subTitle={t(`access.${reason}.subtitle`)}
        extra={
          <ol style={{ textAlign: 'start', display: 'inline-block', margin: 0 }}>
            <li>
              <Typography.Text>{t('access.stepOpenWindow')}</Typography.Text>
            </li>
            <li>
              <Typography.Text>{t('access.stepPrintedAddress')}</Typography.Text>
            </li>
          </ol>
        }
      />
    </main>
  );
}
