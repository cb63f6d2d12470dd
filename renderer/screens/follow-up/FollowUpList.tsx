import { PlusOutlined, PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { App, Button, Checkbox, Empty, Input, Segmented, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowUpState, type FollowUpRow, type ListType } from '../../../shared/domain';
import {
  filterRows,
  groupRows,
  sortRows,
  type FollowUpSortKey,
  type FollowUpView,
} from '../../../shared/logic/follow-up/views';
import { isEditableTarget } from '../../components/is-editable-target';
import { call } from '../../data/call';
import { followUpKeys, useFollowUpRows } from '../../data/follow-up-queries';
import { useRunner } from '../../data/use-runner';
import { moveSelection } from '../live/questions/question-keys';
import { useOperatorName } from '../live/operator';
import { ReplyModal } from './ActionForms';
import { DepartmentPrint } from './DepartmentPrint';
import type { FollowScope } from './FollowUpStage';
import { ItemDrawer } from './ItemDrawer';
import { EMPTY_TERMS, ItemFormModal, termsToDraft } from './ItemForm';
import { listKeyAction, refusedNames, rowIds, toggleAll, toLines } from './list-model';
import { FollowRow, ListHeader, gridColumns } from './ListRow';
import { useFollowNames } from './use-follow-names';

const VIEWS: readonly FollowUpView[] = ['list', 'department', 'community', 'deadline'];
const LISTS: readonly ListType[] = ['immediate', 'deadline', 'ongoing'];
const UNDO_SECONDS = 15;
const ROW_HEIGHT = 44;
const GROUP_HEIGHT = 34;

/** 事项清单: every item of the scope, grouped by the chosen view, filtered, sorted, in one virtual list. */
export function FollowUpList({
  meetingId,
  scope,
  onScope,
}: {
  meetingId: string;
  scope: FollowScope;
  onScope: (scope: FollowScope) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const client = useQueryClient();
  const { name: by } = useOperatorName();
  const scopeId = scope === 'meeting' ? meetingId : null;
  const list = useFollowUpRows(scopeId);
  const { names, departments, communities } = useFollowNames();

  const [view, setView] = useState<FollowUpView>('list');
  const [states, setStates] = useState<FollowUpState[]>([]);
  const [listType, setListType] = useState<ListType | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ key: FollowUpSortKey; direction: 'asc' | 'desc' }>({
    key: 'deadline',
    direction: 'asc',
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [cursor, setCursor] = useState<string | null>(null);
  const [open, setOpen] = useState<{ meetingId: string; id: string } | null>(null);
  const [dialog, setDialog] = useState<'create' | 'bulkReply' | 'print' | null>(null);
  const [lastUndo, setLastUndo] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);
  const asOf = list.data?.asOf ?? '';
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const shown = useMemo(
    () =>
      sortRows(
        filterRows(rows, { listType, departmentId, communityId, states, overdueOnly, text }),
        sort.key,
        sort.direction,
        names,
      ),
    [rows, listType, departmentId, communityId, states, overdueOnly, text, sort, names],
  );
  const lines = useMemo(() => {
    const groups = groupRows(shown, view, names, asOf);
    return toLines(
      groups.map((g) => ({
        ...g,
        label:
          view === 'list'
            ? t(`live.listTypes.${g.key}`, { defaultValue: g.label })
            : view === 'deadline'
              ? t(`followUp.buckets.${g.key}`, { defaultValue: g.label })
              : g.key === 'none'
                ? t('followUp.notAssigned')
                : g.label,
      })),
    );
  }, [shown, view, names, asOf, t]);
  const ids = useMemo(() => rowIds(lines), [lines]);
  const shownIds = useMemo(() => shown.map((r) => r.id), [shown]);
  const selectedRows = useMemo(
    () => [...selected].map((id) => byId.get(id)).filter((r) => r !== undefined),
    [selected, byId],
  );
  const withMeeting = scope === 'office';

  // The virtualizer hands out new measurements on every scroll; this list renders without memoizing.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (lines[i]?.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 10,
    getItemKey: (i) => {
      const line = lines[i];
      return line === undefined ? i : line.kind === 'group' ? `g:${line.key}` : line.row.id;
    },
  });

  const moveCursor = useCallback(
    (step: 1 | -1) => {
      const next = moveSelection(ids, cursor, step);
      setCursor(next);
      if (next === null) return;
      const index = lines.findIndex((l) => l.kind === 'row' && l.row.id === next);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [cursor, ids, lines, virtualizer],
  );

  const refusedText = useCallback(
    ({ names: list, more }: ReturnType<typeof refusedNames>) =>
      list.map((r) => t('followUp.bulk.refusedOne', r)).join(t('common.listSeparator')) +
      (more ? t('followUp.bulk.more', { count: more }) : ''),
    [t],
  );

  const undo = useCallback(
    async (undoId: string) => {
      message.destroy('bulk');
      const result = await run(() => call('followUps.undo', { undoId, by }));
      if (!result) return;
      setLastUndo(null);
      void client.invalidateQueries({ queryKey: followUpKeys.all });
      const refused = refusedNames(result.refused, (id) => byId.get(id)?.title ?? id);
      void message.open({
        key: 'bulk',
        type: result.refused.length ? 'warning' : 'success',
        content: (
          <span data-testid="undo-result">
            {t('followUp.bulk.undone', { count: result.restored })}
            {refused.names.length
              ? ` ${t('followUp.bulk.undoRefused', { count: result.refused.length, names: refusedText(refused) })}`
              : ''}
          </span>
        ),
      });
    },
    [by, byId, client, message, refusedText, run, t],
  );

  const bulk = useCallback(
    async (
      action:
        { kind: 'start'; note: string } | { kind: 'reply'; date: string; text: string; photos: string[] },
    ) => {
      const targets = selectedRows.map((r) => ({
        meetingId: r.meetingId,
        id: r.id,
        expectedRevision: r.revision,
      }));
      if (targets.length === 0) return false;
      const result = await run(() => call('followUps.bulk', { targets, action, by }));
      if (!result) return false;
      void client.invalidateQueries({ queryKey: followUpKeys.all });
      setSelected(new Set());
      setLastUndo(result.undoId);
      const refused = refusedNames(result.refused, (id) => byId.get(id)?.title ?? id);
      const undoId = result.undoId;
      void message.open({
        key: 'bulk',
        type: result.refused.length ? 'warning' : 'success',
        duration: UNDO_SECONDS,
        content: (
          <span data-testid="bulk-result">
            {t('followUp.bulk.changed', { count: result.changed })}
            {refused.names.length
              ? ` ${t('followUp.bulk.refused', {
                  count: result.refused.length,
                  names: refusedText(refused),
                })}`
              : ''}{' '}
            {undoId ? (
              <Button type="link" size="small" data-testid="bulk-undo" onClick={() => void undo(undoId)}>
                {t('followUp.bulk.undo')}
              </Button>
            ) : null}
          </span>
        ),
      });
      return true;
    },
    [by, byId, client, message, refusedText, run, selectedRows, t, undo],
  );

  useEffect(() => {
    if (open !== null || dialog !== null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditableTarget(event.target)) return;
      if (
        event.target instanceof Element &&
        event.target.closest('.ant-modal, .ant-drawer, .ant-popover, .ant-select-dropdown')
      )
        return;
      const action = listKeyAction(event);
      if (action === null) return;
      if (action === 'undo') {
        if (!lastUndo) return;
        event.preventDefault();
        void undo(lastUndo);
        return;
      }
      if (action === 'close') return;
      if (action === 'open') {
        const row = cursor ? byId.get(cursor) : undefined;
        if (!row) return;
        event.preventDefault();
        setOpen({ meetingId: row.meetingId, id: row.id });
        return;
      }
      event.preventDefault();
      moveCursor(action === 'up' ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [byId, cursor, dialog, lastUndo, moveCursor, open, undo]);

  const generate = async () => {
    const result = await run(() => call('followUps.generate', { meetingId, by }));
    if (!result) return;
    void client.invalidateQueries({ queryKey: followUpKeys.all });
    void message.success(t('followUp.generated', { created: result.created, total: result.total }));
  };

  const toggleSort = (key: FollowUpSortKey) =>
    setSort((s) =>
      s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' },
    );

  const allSelected = shownIds.length > 0 && shownIds.every((id) => selected.has(id));
  const someSelected = !allSelected && shownIds.some((id) => selected.has(id));
  const columns = gridColumns(withMeeting);
  const loaded = list.data !== undefined;
  const noItems = loaded && rows.length === 0;

  return (
    <section
      aria-label={t('followUp.list.title')}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Segmented
          value={scope}
          onChange={(v) => {
            onScope(v as FollowScope);
            setSelected(new Set());
          }}
          options={[
            { value: 'meeting', label: t('followUp.scope.meeting') },
            { value: 'office', label: t('followUp.scope.office') },
          ]}
          data-testid="follow-scope"
        />
        <Segmented
          value={view}
          onChange={(v) => setView(v as FollowUpView)}
          options={VIEWS.map((v) => ({ value: v, label: t(`followUp.views.${v}`) }))}
          data-testid="follow-view"
        />
        <Space wrap style={{ marginInlineStart: 'auto' }}>
          {departmentId ? (
            <Button
              icon={<PrinterOutlined />}
              onClick={() => setDialog('print')}
              data-testid="print-department"
            >
              {t('followUp.print.button')}
            </Button>
          ) : null}
          <Button onClick={() => void generate()} data-testid="follow-generate">
            {t('followUp.generate')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog('create')}
            data-testid="follow-create"
          >
            {t('followUp.create')}
          </Button>
        </Space>
      </div>
      <div
        role="group"
        aria-label={t('followUp.filters.title')}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
      >
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('followUp.filters.text')}
          aria-label={t('followUp.filters.text')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
          }}
          style={{ width: 200 }}
          data-testid="follow-search"
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('followUp.filters.states')}
          aria-label={t('followUp.filters.states')}
          value={states}
          onChange={(v: FollowUpState[]) => setStates(v)}
          options={FollowUpState.options.map((s) => ({ value: s, label: t(`followUp.states.${s}`) }))}
          style={{ width: 200 }}
          data-testid="filter-states"
        />
        <Select
          allowClear
          placeholder={t('followUp.filters.listType')}
          aria-label={t('followUp.filters.listType')}
          value={listType ?? undefined}
          onChange={(v: ListType | undefined) => setListType(v ?? null)}
          options={LISTS.map((l) => ({ value: l, label: t(`live.listTypes.${l}`) }))}
          style={{ width: 130 }}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('followUp.filters.department')}
          aria-label={t('followUp.filters.department')}
          value={departmentId ?? undefined}
          onChange={(v: string | undefined) => setDepartmentId(v ?? null)}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          style={{ width: 160 }}
          data-testid="filter-department"
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('followUp.filters.community')}
          aria-label={t('followUp.filters.community')}
          value={communityId ?? undefined}
          onChange={(v: string | undefined) => setCommunityId(v ?? null)}
          options={communities.map((c) => ({ value: c.id, label: c.name }))}
          style={{ width: 160 }}
        />
        <Checkbox
          checked={overdueOnly}
          onChange={(e) => setOverdueOnly(e.target.checked)}
          data-testid="filter-overdue"
        >
          {t('followUp.filters.overdue')}
        </Checkbox>
      </div>
      <div
        data-testid="bulk-bar"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', minHeight: 32 }}
      >
        <Checkbox
          checked={allSelected}
          indeterminate={someSelected}
          disabled={shownIds.length === 0}
          onChange={() => setSelected((s) => toggleAll(s, shownIds))}
          data-testid="select-all"
        >
          {t('followUp.bulk.selectAll', { count: shownIds.length })}
        </Checkbox>
        <Typography.Text type="secondary">
          {t('followUp.bulk.selected', { count: selected.size })}
        </Typography.Text>
        <Button
          size="small"
          disabled={selected.size === 0}
          onClick={() => void bulk({ kind: 'start', note: '' })}
          data-testid="bulk-start"
        >
          {t('followUp.bulk.start')}
        </Button>
        <Button
          size="small"
          disabled={selected.size === 0}
          onClick={() => setDialog('bulkReply')}
          data-testid="bulk-reply"
        >
          {t('followUp.bulk.reply')}
        </Button>
        {selected.size > 0 ? (
          <Button size="small" type="link" onClick={() => setSelected(new Set())}>
            {t('followUp.bulk.clear')}
          </Button>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 'auto' }}>
          {t('followUp.list.keys')}
        </Typography.Text>
      </div>
      <div
        style={{
          border: '1px solid #f0f0f0',
          borderRadius: 6,
          display: 'flex',
          flexDirection: 'column',
          minWidth: 0,
        }}
      >
        <ListHeader columns={columns} withMeeting={withMeeting} sort={sort} onSort={toggleSort} />
        <div
          ref={scrollRef}
          role="grid"
          aria-label={t('followUp.list.title')}
          aria-rowcount={ids.length}
          data-testid="follow-list"
          style={{
            height: 'max(320px, calc(100vh - 430px))',
            overflowY: 'auto',
            overflowX: 'hidden',
            contain: 'strict',
          }}
        >
          {noItems ? (
            <Empty
              style={{ marginTop: 32 }}
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                <div data-testid="follow-empty">
                  <div>{t(scope === 'meeting' ? 'followUp.empty.meeting' : 'followUp.empty.office')}</div>
                  <Space style={{ marginTop: 12 }}>
                    <Button onClick={() => void generate()}>{t('followUp.generate')}</Button>
                    <Button type="primary" onClick={() => setDialog('create')}>
                      {t('followUp.create')}
                    </Button>
                  </Space>
                </div>
              }
            />
          ) : lines.length === 0 ? (
            <Empty
              style={{ marginTop: 32 }}
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={loaded ? t('followUp.list.noMatch') : t('followUp.list.loading')}
            />
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const line = lines[item.index]!;
                return (
                  <div
                    key={item.key}
                    data-index={item.index}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: item.size,
                      transform: `translateY(${item.start}px)`,
                    }}
                  >
                    {line.kind === 'group' ? (
                      <div
                        role="row"
                        data-testid="follow-group"
                        style={{
                          height: '100%',
                          display: 'flex',
                          alignItems: 'center',
                          gap: 8,
                          padding: '0 12px',
                          background: '#fafafa',
                          borderBottom: '1px solid #f0f0f0',
                          fontWeight: 600,
                        }}
                      >
                        {line.label}
                        <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                          {t('followUp.list.groupCount', { count: line.count })}
                          {line.overdue
                            ? ` · ${t('followUp.list.groupOverdue', { count: line.overdue })}`
                            : ''}
                        </Typography.Text>
                      </div>
                    ) : (
                      <FollowRow
                        row={line.row}
                        columns={columns}
                        withMeeting={withMeeting}
                        names={names}
                        checked={selected.has(line.row.id)}
                        current={cursor === line.row.id}
                        onCheck={(checked) =>
                          setSelected((s) => {
                            const next = new Set(s);
                            if (checked) next.add(line.row.id);
                            else next.delete(line.row.id);
                            return next;
                          })
                        }
                        onOpen={() => {
                          setCursor(line.row.id);
                          setOpen({ meetingId: line.row.meetingId, id: line.row.id });
                        }}
                      />
                    )}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="follow-count">
        {t('followUp.list.count', { shown: shown.length, total: rows.length, asOf: asOf || '—' })}
      </Typography.Text>
      {open ? (
        <ItemDrawer
          meetingId={open.meetingId}
          id={open.id}
          by={by}
          departments={departments}
          communities={communities}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {dialog === 'create' ? (
        <ItemFormModal
          title={t('followUp.create')}
          initial={EMPTY_TERMS}
          withResident
          departments={departments}
          communities={communities}
          onClose={() => setDialog(null)}
          onSubmit={async (terms) => {
            const item = await run(() =>
              call('followUps.create', { meetingId, draft: termsToDraft(terms), by }),
            );
            if (!item) return false;
            void client.invalidateQueries({ queryKey: followUpKeys.all });
            void message.success(t('followUp.created'));
            return true;
          }}
        />
      ) : null}
      {dialog === 'bulkReply' ? (
        <ReplyModal
          title={t('followUp.bulk.replyTitle', { count: selected.size })}
          meetingId={null}
          onClose={() => setDialog(null)}
          onSubmit={(v) => bulk({ kind: 'reply', date: v.date, text: v.text, photos: [] })}
        />
      ) : null}
      {dialog === 'print' && departmentId ? (
        <DepartmentPrint
          departmentName={names.departments.get(departmentId) ?? departmentId}
          rows={shown.filter(
            (r: FollowUpRow) =>
              r.leadDepartmentId === departmentId || r.coDepartmentIds.includes(departmentId),
          )}
          departmentId={departmentId}
          names={names}
          asOf={asOf}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </section>
  );
}
