import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, List, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../shared/domain';
import type { LegibilityIssue } from '../../report/legibility';

/** Every rule a card breaks on the projector, in words the operator can act on. */
export function issueText(
  issue: LegibilityIssue,
  t: (key: string, options?: Record<string, unknown>) => string,
) {
  const round = (n: number) => Math.round(n * 10) / 10;
  return t(`reportBuilder.legibility.rule.${issue.rule}`, {
    measured: round(issue.measured),
    limit: round(issue.limit),
    text: issue.text,
  });
}

export function LegibilityPanel({
  cards,
  issues,
  checking,
  washedOut,
  onWashedOut,
  onSelect,
}: {
  cards: readonly CardView[];
  issues: ReadonlyMap<string, LegibilityIssue[]>;
  checking: boolean;
  washedOut: boolean;
  onWashedOut: (on: boolean) => void;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const broken = cards.flatMap((card, index) =>
    (issues.get(card.id) ?? []).map((issue, n) => ({ card, index, issue, key: `${card.id}-${n}` })),
  );
  return (
    <section aria-label={t('reportBuilder.legibility.title')}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Text strong>{t('reportBuilder.legibility.title')}</Typography.Text>
        <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          <Switch size="small" checked={washedOut} onChange={onWashedOut} />
          {t('reportBuilder.legibility.washedOut')}
        </label>
      </Space>
      {broken.length === 0 ? (
        <Alert
          type={checking ? 'info' : 'success'}
          showIcon
          icon={checking ? undefined : <CheckCircleOutlined />}
          title={t(checking ? 'reportBuilder.legibility.checking' : 'reportBuilder.legibility.allGood')}
        />
      ) : (
        <List
          size="small"
          bordered
          dataSource={broken}
          renderItem={({ card, index, issue, key }) => (
            <List.Item key={key} style={{ cursor: 'pointer' }} onClick={() => onSelect(card.id)}>
              <Space align="start">
                <WarningOutlined style={{ color: '#d46b08' }} />
                <span>
                  <Typography.Text strong>
                    {t('reportBuilder.legibility.cardRef', {
                      index: index + 1,
                      title: card.title || t(`reportBuilder.kind.${card.kind}`),
                    })}
                  </Typography.Text>
                  {' · '}
                  {issueText(issue, t)}
                </span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
