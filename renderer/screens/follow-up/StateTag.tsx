import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FollowUpState } from '../../../shared/domain';

const COLORS: Record<FollowUpState, string> = {
  assigned: 'default',
  in_progress: 'processing',
  replied: 'cyan',
  solved: 'success',
  partly_solved: 'gold',
  closed_unsolved: 'volcano',
  reopened: 'magenta',
};

export function StateTag({ state }: { state: FollowUpState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid="state-tag" data-state={state} style={{ marginInlineEnd: 0 }}>
      {t(`followUp.states.${state}`)}
    </Tag>
  );
}
