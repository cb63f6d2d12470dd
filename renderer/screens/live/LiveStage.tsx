import { Alert, Badge, Input, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/domain';
import { useCommitments, useLiveQuestions } from '../../data/live-queries';
import { useOffice } from '../../data/queries';
import { awaitsApproval } from '../../../shared/logic/live/question-filter';
import { apiErrorOf } from '../../data/api-failure';
import { useErrorText } from '../../i18n/use-error-text';
import { CommitmentForm, type CommitmentFormTarget } from './commitments/CommitmentForm';
import { CommitmentList } from './commitments/CommitmentList';
import { GatewayPanel } from './gateway/GatewayPanel';
import { useOperatorName } from './operator';
import { ProjectorControls } from './projector/ProjectorControls';
import { QuestionEntry, type QuestionEntryHandle } from './questions/QuestionEntry';
import { QuestionList } from './questions/QuestionList';
import { ShortcutHelp } from './questions/ShortcutHelp';
import { ClosePanel } from './wrap-up/ClosePanel';
import { RehearsalBar } from './wrap-up/RehearsalBar';
import { ScoresPanel } from './wrap-up/ScoresPanel';

/** The form refers to records by id, so a refetch after a conflict gives it the other console's revision. */
type FormTarget = { kind: 'new'; questionId: string | null } | { kind: 'edit'; commitmentId: string };

/** The operator's name, signed on every change; edited in place, kept when the field is left. */
function OperatorField({ name, setName }: { name: string; setName: (name: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(name);
  return (
    <Tooltip title={t('live.operator.hint')}>
      <label style={{ display: 'flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('live.operator.label')}
        </Typography.Text>
        <Input
          size="small"
          value={draft}
          maxLength={50}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => setName(draft)}
          onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
          style={{ width: 110 }}
          data-testid="operator-name"
        />
      </label>
    </Tooltip>
  );
}

/**
 * 现场: the console one person runs during the meeting on a 1366×768 laptop (1024×768 too). Left, the
 * entry form and every question; right, the projector switches, commitments, scores and the close.
 * The stage takes the window's height so the list, not the page, scrolls.
 */
export function LiveStage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { name: by, setName } = useOperatorName();
  const office = useOffice();
  const questions = useLiveQuestions(meetingId);
  const commitments = useCommitments(meetingId);
  const entry = useRef<QuestionEntryHandle>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState<FormTarget | null>(null);
  const [side, setSide] = useState('commitments');

  const communities = office.data?.communities ?? [];
  const departments = office.data?.departments ?? [];
  const allQuestions = questions.data?.questions ?? [];
  const allCommitments = commitments.data ?? [];
  const closed = questions.data?.closing != null;
  // The badge counts the phones' questions the moderator has not yet let through.
  const awaiting = allQuestions.filter((q) => q.source === 'phone' && awaitsApproval(q)).length;

  // The console needs the whole window: bring the stage up under the tab bar once it opens.
  useEffect(() => {
    stage.current?.scrollIntoView({ block: 'start' });
  }, []);

  const onCommit = useCallback((q: Question) => setForm({ kind: 'new', questionId: q.id }), []);
  const focusEntry = useCallback(() => entry.current?.focus(), []);

  let formTarget: CommitmentFormTarget | null = null;
  if (form?.kind === 'new') {
    formTarget = { kind: 'new', question: allQuestions.find((q) => q.id === form.questionId) ?? null };
  } else if (form?.kind === 'edit') {
    const commitment = allCommitments.find((c) => c.id === form.commitmentId);
    if (commitment) formTarget = { kind: 'edit', commitment };
  }

  const loadError = questions.error ?? commitments.error;

  return (
    <div
      ref={stage}
      data-testid="live-stage"
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: 8,
        height: 'max(560px, calc(100vh - 16px))',
        scrollMarginTop: 8,
      }}
    >
      <RehearsalBar meetingId={meetingId} />
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Text strong style={{ fontSize: 15 }}>
          {t('liveConsole.title')}
        </Typography.Text>
        {questions.data?.rehearsal ? <Tag color="orange">{t('live.rehearsalMark')}</Tag> : null}
        {closed ? <Tag color="default">{t('liveConsole.closed')}</Tag> : null}
        <span style={{ flex: 1 }} />
        <ShortcutHelp />
        <OperatorField key={by} name={by} setName={setName} />
      </div>
      {loadError ? <Alert type="error" showIcon title={errorText(apiErrorOf(loadError))} /> : null}
      <div
        style={{
          flex: 1,
          minHeight: 0,
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 1fr) clamp(260px, 36%, 420px)',
          gap: 12,
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0, minWidth: 0 }}>
          <QuestionEntry
            ref={entry}
            meetingId={meetingId}
            questions={allQuestions}
            communities={communities}
            departments={departments}
            by={by}
            disabled={closed}
          />
          <QuestionList
            meetingId={meetingId}
            questions={allQuestions}
            loading={questions.isPending}
            communities={communities}
            departments={departments}
            by={by}
            onCommit={onCommit}
            onNewQuestion={focusEntry}
            keysPaused={form !== null}
          />
        </div>
        <aside
          aria-label={t('liveConsole.side')}
          style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0, minWidth: 0 }}
        >
          <div style={{ flex: '0 1 auto', maxHeight: '50%', overflow: 'auto' }}>
            <ProjectorControls meetingId={meetingId} />
          </div>
          <Tabs
            size="small"
            activeKey={side}
            onChange={setSide}
            // Four tabs in the side column at 1024 px, none folded away into a "…" menu.
            tabBarGutter={10}
            styles={{
              root: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
              // The body holder takes what is left of the column; the body scrolls inside it (a tab's
              // pane is what `content` styles, and it has no height of its own to scroll in).
              body: { height: '100%', overflow: 'auto' },
            }}
            items={[
              {
                key: 'commitments',
                label: t('liveConsole.tabs.commitments', { count: allCommitments.length }),
                children: (
                  <CommitmentList
                    meetingId={meetingId}
                    commitments={allCommitments}
                    loading={commitments.isPending}
                    departments={departments}
                    onEdit={(c) => setForm({ kind: 'edit', commitmentId: c.id })}
                    onAnnounce={() => setForm({ kind: 'new', questionId: null })}
                  />
                ),
              },
              {
                key: 'scores',
                label: t('liveConsole.tabs.scores'),
                children: <ScoresPanel meetingId={meetingId} />,
              },
              {
                key: 'gateway',
                label: (
                  <span data-testid="tab-gateway">
                    {t('liveConsole.tabs.gateway')}
                    {awaiting > 0 ? (
                      <Badge
                        offset={[0, -2]}
                        count={awaiting}
                        size="small"
                        overflowCount={99}
                        title={t('liveGateway.tabAwaiting', { count: awaiting })}
                        style={{ marginInlineStart: 2 }}
                        data-testid="gateway-awaiting-badge"
                      />
                    ) : null}
                  </span>
                ),
                children: (
                  <GatewayPanel meetingId={meetingId} by={by} meetingClosed={closed} awaiting={awaiting} />
                ),
              },
              {
                key: 'close',
                label: t('liveConsole.tabs.close'),
                children: <ClosePanel meetingId={meetingId} />,
              },
            ]}
          />
        </aside>
      </div>
      {formTarget ? (
        <CommitmentForm
          key={
            form?.kind === 'edit' ? form.commitmentId : `new-${form?.kind === 'new' ? form.questionId : ''}`
          }
          meetingId={meetingId}
          target={formTarget}
          departments={departments}
          by={by}
          onClose={() => setForm(null)}
        />
      ) : null}
    </div>
  );
}
