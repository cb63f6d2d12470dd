import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Tabs, Typography } from 'antd';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opinion, OpinionGroupKind } from '../../../shared/domain';
import { useImportHistory, useOpinionAnalysis } from '../../data/opinion-queries';
import { AnalysisPanel } from './AnalysisPanel';
import { FigureRowsDrawer, type RowsSource } from './FigureRowsDrawer';
import { GroupFormModal } from './GroupFormModal';
import { GroupList } from './GroupList';
import { ImportHistory } from './ImportHistory';
import { ImportPreviewModal } from './ImportPreviewModal';
import { ImportStatus } from './ImportStatus';
import { OpinionFormModal } from './OpinionFormModal';
import { OpinionTable } from './OpinionTable';
import { useImportFlow } from './use-import-flow';
import { useUndoImport } from './use-undo-import';

const ACCEPT = '.xlsx,.xls,.csv';

type Editing = { opinion: Opinion | null } | null;
type Grouping = { kind: OpinionGroupKind; ids: string[] } | null;

/** 准备: residents' opinions in (import or typed), what they say (analysis), and grouped for action. */
export function PrepareStage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const flow = useImportFlow(meetingId);
  const { announce } = useUndoImport(meetingId);
  const analysis = useOpinionAnalysis(meetingId);
  const history = useImportHistory(meetingId);
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [grouping, setGrouping] = useState<Grouping>(null);
  const [rows, setRows] = useState<RowsSource | null>(null);
  const [tab, setTab] = useState('analysis');

  const busy = flow.state.step === 'working' || flow.state.step === 'preview';
  const pick = (file: File | undefined) => {
    if (file && !busy) void flow.start(file);
  };
  const confirm = async () => {
    const outcome = await flow.confirm();
    if ('undoneAt' in outcome) announce(outcome);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    pick(event.dataTransfer.files[0]);
  };

  const total = analysis.data?.summary.total ?? 0;
  const categories = (analysis.data?.summary.byCategory ?? []).flatMap((b) =>
    b.name === null ? [] : [b.name],
  );
  const actions = (
    <Space wrap>
      <Button
        type="primary"
        icon={<UploadOutlined />}
        disabled={busy}
        onClick={() => picker.current?.click()}
      >
        {t('prepare.import')}
      </Button>
      <Button icon={<PlusOutlined />} onClick={() => setEditing({ opinion: null })}>
        {t('prepare.add')}
      </Button>
    </Space>
  );

  return (
    <div
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
      style={{
        position: 'relative',
        outline: dragging ? '2px dashed #1677ff' : 'none',
        outlineOffset: 4,
        borderRadius: 8,
      }}
    >
      <input
        ref={picker}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="import-file"
        aria-label={t('prepare.import')}
        onChange={(event) => {
          pick(event.target.files?.[0]);
          event.target.value = ''; // the same file can be picked again after a refusal
        }}
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, marginBottom: 12 }}>
        {actions}
        <Typography.Text type="secondary">{t('prepare.dropHint')}</Typography.Text>
      </div>
      <ImportStatus state={flow.state} onCancel={flow.cancel} onDismiss={flow.dismiss} />

      {analysis.isLoading ? (
        <Card loading />
      ) : total === 0 ? (
        <>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={<EmptyText />}
            style={{ margin: '24px 0' }}
          >
            {actions}
          </Empty>
          {(history.data ?? []).length > 0 ? <ImportHistory meetingId={meetingId} /> : null}
        </>
      ) : (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'analysis',
              label: t('prepare.tabs.analysis'),
              children: analysis.data ? (
                <AnalysisPanel
                  analysis={analysis.data}
                  onShow={(figure, title) => setRows({ kind: 'figure', figure, title })}
                />
              ) : null,
            },
            {
              key: 'rows',
              label: t('prepare.tabs.rows', { count: total }),
              children: (
                <OpinionTable
                  meetingId={meetingId}
                  onEdit={(opinion) => setEditing({ opinion })}
                  onGroup={(kind, ids) => setGrouping({ kind, ids })}
                />
              ),
            },
            {
              key: 'groups',
              label: t('prepare.tabs.groups'),
              children: (
                <>
                  <Typography.Paragraph type="secondary">{t('groups.howTo')}</Typography.Paragraph>
                  <GroupList
                    meetingId={meetingId}
                    onShowRows={(group) =>
                      setRows({ kind: 'ids', ids: group.opinionIds, title: group.title })
                    }
                  />
                </>
              ),
            },
            {
              key: 'imports',
              label: t('prepare.tabs.imports'),
              children: <ImportHistory meetingId={meetingId} />,
            },
          ]}
        />
      )}

      {flow.state.step === 'preview' ? (
        <ImportPreviewModal
          result={flow.state.result}
          options={flow.state.options}
          busy={flow.state.busy}
          error={flow.state.error}
          onRepreview={flow.repreview}
          onConfirm={() => void confirm()}
          onCancel={flow.cancel}
        />
      ) : null}
      {editing ? (
        <OpinionFormModal
          meetingId={meetingId}
          opinion={editing.opinion}
          categories={categories}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {grouping ? (
        <GroupFormModal
          meetingId={meetingId}
          kind={grouping.kind}
          opinionIds={grouping.ids}
          onClose={(created) => {
            setGrouping(null);
            if (created) setTab('groups');
          }}
        />
      ) : null}
      <FigureRowsDrawer meetingId={meetingId} source={rows} onClose={() => setRows(null)} />
    </div>
  );
}

function EmptyText() {
  const { t } = useTranslation();
  return (
    <div style={{ maxWidth: 620, margin: '0 auto' }}>
      <Typography.Paragraph strong>{t('prepare.emptyTitle')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('prepare.emptyBody')}</Typography.Paragraph>
    </div>
  );
}
