import { SearchOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { App, Button, Empty, Input, Segmented, Select, Tag, Typography, type InputRef } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionState, type Community, type Department, type Question } from '../../../../shared/domain';
import { askerCount, questionCounts } from '../../../../shared/logic/live/live-counts';
import {
  awaitsApproval,
  filterQuestions,
  type QuestionOrder,
} from '../../../../shared/logic/live/question-filter';
import type { LiveQuestions } from '../../../../shared/api';
import { isEditableTarget } from '../../../components/is-editable-target';
import { liveKeys } from '../../../data/live-queries';
import { QUESTION_KEYS } from '../live-keys';
import { KeyHint } from './KeyHint';
import {
  AnswerDialog,
  DeclineDialog,
  EditDialog,
  MergeDialog,
  ReferDialog,
  type DialogKind,
} from './QuestionDialogs';
import { HistoryDrawer } from './HistoryDrawer';
import { actionRefusal, canReopen } from './action-refusal';
import { moveSelection, questionKeyAction, type QuestionKeyAction } from './question-keys';
import { QuestionRow } from './QuestionRow';
import { useQuestionCalls, type QuestionCalls } from './use-question-calls';
import { SELECT_QUESTION_EVENT, type SelectQuestionDetail } from '../wrap-up/select-question';
import type { LiveCallResult } from '../use-live-call';

const UNDO_SECONDS = 10;
const ORDERS: readonly QuestionOrder[] = ['arrival', 'votes', 'category'];

interface Props {
  meetingId: string;
  questions: readonly Question[];
  loading: boolean;
  communities: readonly Community[];
  departments: readonly Department[];
  by: string;
  /** 形成承诺: the stage opens the commitment form for this question. */
  onCommit: (question: Question) => void;
  onNewQuestion: () => void;
  /** Another window (the commitment form) owns the keyboard. */
  keysPaused: boolean;
}

/**
 * An open dialog works on the revision the operator saw when opening it: if another console saves
 * meanwhile, the save is refused rather than laid over theirs. After the refusal the dialog moves to
 * the new revision (keeping what was typed), so a second try is a decision made on fresh data.
 */
type OpenDialog = { kind: DialogKind | 'history'; id: string; revision: number } | null;

/** Actions of the selected question, in the order of the action bar. */
const BAR: readonly (keyof typeof QUESTION_KEYS)[] = [
  'onScreen',
  'approve',
  'answered',
  'commit',
  'refer',
  'decline',
  'merge',
  'edit',
  'history',
];

/**
 * 问题列表: every question of the meeting, each with its outcome; nothing leaves it. Virtualised so a
 * street meeting's 2,000 questions scroll and filter without a stall; the keys work on the selected
 * row.
 */
export function QuestionList({
  meetingId,
  questions,
  loading,
  communities,
  departments,
  by,
  onCommit,
  onNewQuestion,
  keysPaused,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const calls = useQuestionCalls(meetingId, by);
  const client = useQueryClient();
  const [order, setOrder] = useState<QuestionOrder>('arrival');
  const [states, setStates] = useState<QuestionState[]>([]);
  const [category, setCategory] = useState<string | null>(null);
  const [awaitingOnly, setAwaitingOnly] = useState(false);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const searchRef = useRef<InputRef>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const counts = useMemo(() => questionCounts(questions), [questions]);
  const awaitingCount = useMemo(() => questions.filter(awaitsApproval).length, [questions]);
  const categories = useMemo(
    () => [...new Set(questions.map((q) => q.category).filter((c) => c !== ''))].sort(),
    [questions],
  );
  const numbers = useMemo(() => {
    const sorted = [...questions].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    return new Map(sorted.map((q, i) => [q.id, i + 1]));
  }, [questions]);
  const mergedInto = useMemo(() => {
    const map = new Map<string, Question[]>();
    for (const q of questions) {
      if (q.state !== 'merged' || !q.mergedInto) continue;
      map.set(q.mergedInto, [...(map.get(q.mergedInto) ?? []), q]);
    }
    return map;
  }, [questions]);
  const names = useMemo(() => {
    const c = new Map(communities.map((x) => [x.id, x.name]));
    const d = new Map(departments.map((x) => [x.id, x.name]));
    return {
      community: (id: string | null) => (id ? (c.get(id) ?? null) : null),
      department: (id: string | null) => (id ? (d.get(id) ?? null) : null),
    };
  }, [communities, departments]);

  const shown = useMemo(
    () =>
      filterQuestions(
        questions,
        { states, category, query, awaitingApproval: awaitingOnly, hideMerged: !states.includes('merged') },
        order,
      ),
    [questions, states, category, query, awaitingOnly, order],
  );
  const shownIds = useMemo(() => shown.map((q) => q.id), [shown]);
  const selected = questions.find((q) => q.id === selectedId) ?? null;
  const latestDialogQuestion = dialog ? (questions.find((q) => q.id === dialog.id) ?? null) : null;
  const dialogQuestion =
    dialog && latestDialogQuestion ? { ...latestDialogQuestion, revision: dialog.revision } : null;
  const dialogCalls = useMemo(() => {
    const repin = <T,>(result: LiveCallResult<T>): LiveCallResult<T> => {
      if (!result.ok && result.error.code === 'conflict') {
        const fresh = client
          .getQueryData<LiveQuestions>(liveKeys.questions(meetingId))
          ?.questions.find((q) => q.id === dialog?.id);
        if (fresh) setDialog((d) => (d && d.id === fresh.id ? { ...d, revision: fresh.revision } : d));
      }
      return result;
    };
    return {
      ...calls,
      move: async (...args: Parameters<QuestionCalls['move']>) => repin(await calls.move(...args)),
      update: async (...args: Parameters<QuestionCalls['update']>) => repin(await calls.update(...args)),
    };
  }, [calls, client, dialog?.id, meetingId]);

  // The virtualizer hands out new measurements on every scroll, so this list renders without the
  // compiler's memoizing, which is what a scrolling list needs anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 62,
    overscan: 8,
    getItemKey: (index) => shown[index]?.id ?? index,
  });

  const select = useCallback(
    (id: string | null) => {
      setSelectedId(id);
      const index = id === null ? -1 : shownIds.indexOf(id);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [shownIds, virtualizer],
  );

  // A close blocker clicked in the wrap-up panel: clear what would hide it, select it, bring it into view.
  const pendingScroll = useRef<string | null>(null);
  useEffect(() => {
    const onSelect = (event: Event) => {
      const { questionId } = (event as CustomEvent<SelectQuestionDetail>).detail;
      setStates([]);
      setCategory(null);
      setQuery('');
      setAwaitingOnly(false);
      setSelectedId(questionId);
      pendingScroll.current = questionId;
    };
    window.addEventListener(SELECT_QUESTION_EVENT, onSelect);
    return () => window.removeEventListener(SELECT_QUESTION_EVENT, onSelect);
  }, []);
  useEffect(() => {
    const id = pendingScroll.current;
    const index = id === null ? -1 : shownIds.indexOf(id);
    if (index < 0) return;
    pendingScroll.current = null;
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [shownIds, virtualizer]);

  const unmerge = useCallback(
    async (q: Question) => {
      const result = await calls.unmerge(q);
      if (result.ok) void message.success(t('liveConsole.entry.unmerged'));
    },
    [calls, message, t],
  );

  const announceMerge = useCallback(
    (source: Question, target: Question) => {
      const key = `merge-${source.id}`;
      void message.open({
        key,
        type: 'success',
        duration: UNDO_SECONDS,
        content: (
          <span data-testid="merge-undo">
            {t('liveConsole.entry.mergedInto', { count: askerCount(target, questions) + 1 })}{' '}
            <Button
              type="link"
              size="small"
              onClick={() => {
                message.destroy(key);
                void unmerge(source);
              }}
            >
              {t('liveConsole.undo')}
            </Button>
          </span>
        ),
      });
    },
    [message, questions, t, unmerge],
  );

  const notOpen = useCallback(
    (q: Question) => t('liveConsole.list.notOpen', { state: t(`live.states.${q.state}`) }),
    [t],
  );

  const act = useCallback(
    (action: QuestionKeyAction) => {
      if (action === 'up' || action === 'down') {
        select(moveSelection(shownIds, selectedId, action === 'up' ? -1 : 1));
        return;
      }
      if (action === 'search') {
        searchRef.current?.focus();
        return;
      }
      if (action === 'newQuestion') {
        onNewQuestion();
        return;
      }
      if (!selected) {
        void message.info({ content: t('liveConsole.list.selectFirst'), key: 'select-first' });
        return;
      }
      const refused = actionRefusal(selected, action, notOpen);
      if (refused) {
        void message.warning({ content: refused, key: 'refused' });
        return;
      }
      switch (action) {
        case 'onScreen':
          void calls.move(selected, selected.state === 'onScreen' ? { to: 'waiting' } : { to: 'onScreen' });
          return;
        case 'vote':
          void calls.vote(selected, 1);
          return;
        case 'approve': {
          const approved = !selected.approved;
          void calls.approve(selected, approved).then((result) => {
            if (result.ok)
              void message.success({
                content: t(approved ? 'liveGateway.row.approved' : 'liveGateway.row.unapproved'),
                key: 'approve',
              });
          });
          return;
        }
        case 'commit':
          onCommit(selected);
          return;
        case 'answered':
        case 'refer':
        case 'decline':
        case 'merge':
        case 'edit':
          setDialog({
            kind: action === 'answered' ? 'answer' : action,
            id: selected.id,
            revision: selected.revision,
          });
          return;
        case 'history':
          setDialog({ kind: 'history', id: selected.id, revision: selected.revision });
          return;
      }
    },
    [calls, message, notOpen, onCommit, onNewQuestion, select, selected, selectedId, shownIds, t],
  );

  useEffect(() => {
    if (keysPaused || dialog !== null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditableTarget(event.target)) return;
      // A dialog or menu of another panel has the keyboard.
      if (event.target instanceof Element && event.target.closest('.ant-modal, .ant-drawer, .ant-popover'))
        return;
      const action = questionKeyAction(event);
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, dialog, keysPaused]);

  const toggleState = (state: QuestionState) =>
    setStates((s) => (s.includes(state) ? s.filter((x) => x !== state) : [...s, state]));

  // Short on the button so the bar stays one line on a laptop; the full name is its tooltip.
  const actionName = (action: keyof typeof QUESTION_KEYS, group: 'actions' | 'actionsShort') =>
    action === 'onScreen' && selected?.state === 'onScreen'
      ? t(`liveConsole.${group}.offScreen`)
      : action === 'approve' && selected?.approved
        ? t(`liveConsole.${group}.unapprove`)
        : t(`liveConsole.${group}.${action}`);

  return (
    <section
      aria-label={t('liveConsole.list.title')}
      style={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1, gap: 6 }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
        <Segmented
          size="small"
          value={order}
          onChange={(value) => setOrder(value as QuestionOrder)}
          options={ORDERS.map((o) => ({ value: o, label: t(`liveConsole.list.order.${o}`) }))}
        />
        <Input
          ref={searchRef}
          size="small"
          allowClear
          prefix={<SearchOutlined />}
          suffix={<KeyHint keyName="/" />}
          placeholder={t('liveConsole.list.search')}
          aria-label={t('liveConsole.list.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
          }}
          style={{ flex: '1 1 140px', minWidth: 120, maxWidth: 260 }}
        />
        <Select
          size="small"
          allowClear
          placeholder={t('liveConsole.list.allCategories')}
          aria-label={t('liveConsole.list.category')}
          value={category ?? undefined}
          onChange={(value: string | undefined) => setCategory(value ?? null)}
          options={categories.map((c) => ({ value: c, label: c }))}
          style={{ width: 130 }}
        />
      </div>
      <div
        role="group"
        aria-label={t('liveConsole.list.stateFilter')}
        style={{ display: 'flex', flexWrap: 'wrap', rowGap: 4 }}
      >
        {QuestionState.options.map((state) => (
          <Tag.CheckableTag
            key={state}
            checked={states.includes(state)}
            onChange={() => toggleState(state)}
            data-testid={`state-filter-${state}`}
            style={{ border: '1px solid #f0f0f0' }}
          >
            {t(`live.states.${state}`)} {counts[state]}
          </Tag.CheckableTag>
        ))}
        <Tag.CheckableTag
          checked={awaitingOnly}
          onChange={setAwaitingOnly}
          data-testid="filter-awaiting"
          style={{ border: `1px solid ${awaitingCount > 0 ? '#ffd666' : '#f0f0f0'}` }}
        >
          {t('liveGateway.row.awaiting')} {awaitingCount}
        </Tag.CheckableTag>
      </div>
      <div
        data-testid="question-actions"
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 4,
          alignItems: 'center',
          minHeight: 28,
        }}
      >
        {BAR.map((action) => {
          const refused = selected ? actionRefusal(selected, action, notOpen) : null;
          return (
            <Button
              key={action}
              size="small"
              disabled={!selected || refused !== null}
              onClick={() => act(action)}
              type={action === 'onScreen' ? 'primary' : 'default'}
              data-testid={`action-${action}`}
              title={refused ?? actionName(action, 'actions')}
            >
              {actionName(action, 'actionsShort')}
              <KeyHint keyName={QUESTION_KEYS[action]} />
            </Button>
          );
        })}
        {selected && canReopen(selected) ? (
          <Button size="small" onClick={() => void calls.move(selected, { to: 'waiting' })}>
            {t('liveConsole.actions.reopen')}
          </Button>
        ) : null}
        {!selected && shown.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('liveConsole.list.selectHint')}
          </Typography.Text>
        ) : null}
      </div>
      <div
        ref={scrollRef}
        role="listbox"
        aria-label={t('liveConsole.list.title')}
        data-testid="question-list"
        style={{
          flex: 1,
          minHeight: 160,
          overflow: 'auto',
          border: '1px solid #f0f0f0',
          borderRadius: 6,
          contain: 'strict',
        }}
      >
        {shown.length === 0 ? (
          <Empty
            style={{ marginTop: 32 }}
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              loading
                ? t('liveConsole.list.loading')
                : questions.length === 0
                  ? t('liveConsole.list.empty')
                  : t('liveConsole.list.noMatch')
            }
          />
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const q = shown[item.index]!;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <QuestionRow
                    question={q}
                    number={numbers.get(q.id) ?? 0}
                    selected={q.id === selectedId}
                    merged={mergedInto.get(q.id) ?? []}
                    expanded={expanded.has(q.id)}
                    names={names}
                    onSelect={() => setSelectedId(q.id)}
                    onToggle={() =>
                      setExpanded((s) => {
                        const next = new Set(s);
                        if (next.has(q.id)) next.delete(q.id);
                        else next.add(q.id);
                        return next;
                      })
                    }
                    onVote={() => void calls.vote(q, 1)}
                    onUnmerge={(m) => void unmerge(m)}
                  />
                </div>
              );
            })}
          </div>
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="question-count">
        {t('liveConsole.list.count', { shown: shown.length, total: questions.length })}
      </Typography.Text>
      {dialog && dialogQuestion ? (
        dialog.kind === 'answer' ? (
          <AnswerDialog question={dialogQuestion} calls={dialogCalls} onClose={() => setDialog(null)} />
        ) : dialog.kind === 'refer' ? (
          <ReferDialog
            question={dialogQuestion}
            calls={dialogCalls}
            onClose={() => setDialog(null)}
            departments={departments}
          />
        ) : dialog.kind === 'decline' ? (
          <DeclineDialog question={dialogQuestion} calls={dialogCalls} onClose={() => setDialog(null)} />
        ) : dialog.kind === 'merge' ? (
          <MergeDialog
            question={dialogQuestion}
            calls={dialogCalls}
            onClose={() => setDialog(null)}
            questions={questions}
            onMerged={announceMerge}
          />
        ) : dialog.kind === 'edit' ? (
          <EditDialog
            question={dialogQuestion}
            calls={dialogCalls}
            onClose={() => setDialog(null)}
            communities={communities}
            departments={departments}
          />
        ) : (
          <HistoryDrawer question={dialogQuestion} onClose={() => setDialog(null)} />
        )
      ) : null}
    </section>
  );
}
