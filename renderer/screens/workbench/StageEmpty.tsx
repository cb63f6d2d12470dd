import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type Stage = 'prepare' | 'report' | 'live' | 'followUp';
export const STAGES: readonly Stage[] = ['prepare', 'report', 'live', 'followUp'];

/** Says plainly what the stage will hold; the features arrive in later issues, nothing is faked here. */
export function StageEmpty({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const points = t(`workbench.stages.${stage}.points`, { returnObjects: true }) as unknown;
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <div style={{ maxWidth: 620, margin: '0 auto', textAlign: 'start' }}>
          <Typography.Paragraph strong style={{ textAlign: 'center' }}>
            {t(`workbench.stages.${stage}.empty`)}
          </Typography.Paragraph>
          {Array.isArray(points) ? (
            <ul style={{ paddingInlineStart: 20, margin: 0 }}>
              {points.map((point) => (
                <li key={String(point)}>
                  <Typography.Text type="secondary">{String(point)}</Typography.Text>
                </li>
              ))}
            </ul>
          ) : null}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, textAlign: 'center' }}>
            {t('workbench.comingLater')}
          </Typography.Paragraph>
        </div>
      }
    />
  );
}
