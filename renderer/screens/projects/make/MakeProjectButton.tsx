import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSourceKind } from '../../../../shared/domain/project';
import { useProjectPool } from '../../../data/project-queries';
import { useOffice } from '../../../data/queries';
import { projectFrom, type OfficeLookup, type ProjectPrefill } from './make-project-draft';
import { MakeProjectDialog, type MakeOrigin } from './MakeProjectDialog';

/**
 * 转为民生项目 for one group or item; shown as done (with the project's name) once the pool holds a
 * project whose sources name it, so the same need is not listed twice.
 */
export function MakeProjectButton({
  kind,
  meetingId,
  refId,
  origin,
  prefill,
  size = 'small',
}: {
  kind: ProjectSourceKind;
  meetingId: string;
  refId: string;
  origin: MakeOrigin;
  /** Built when the dialog opens, from what the caller holds at that moment. */
  prefill: (office: OfficeLookup) => ProjectPrefill;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const pool = useProjectPool();
  const office = useOffice();
  const [draft, setDraft] = useState<ProjectPrefill | null>(null);
  const made = projectFrom(pool.data?.projects ?? [], kind, meetingId, refId);

  return (
    <>
      {made ? (
        <Tooltip title={t('projectMake.alreadyTip', { name: made.name })}>
          <Button size={size} disabled data-testid="make-project-done">
            {t('projectMake.already')}
          </Button>
        </Tooltip>
      ) : (
        <Button
          size={size}
          disabled={!pool.data || !office.data}
          onClick={() => office.data && setDraft(prefill(office.data))}
          data-testid="make-project"
        >
          {t('projectMake.button')}
        </Button>
      )}
      {draft ? <MakeProjectDialog prefill={draft} origin={origin} onClose={() => setDraft(null)} /> : null}
    </>
  );
}
