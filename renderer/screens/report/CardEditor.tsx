import { Form, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../../shared/domain';
import { CaseEditor } from './editors/CaseEditor';
import { ChartEditor } from './editors/ChartEditor';
import { AreaField, Field, TextField } from './editors/fields';
import { FigureEditor } from './editors/FigureEditor';
import { ListEditor } from './editors/ListEditor';
import {
  AgendaEditor,
  ClosingEditor,
  CoverEditor,
  PromisesEditor,
  ShortcomingEditor,
  WelcomeEditor,
} from './editors/SimpleEditors';

/** The selected card's form; every change goes straight into the working copy (saved on its own). */
export function CardEditor({
  card,
  meetingId,
  onChange,
  onTrace,
}: {
  card: Card;
  meetingId: string;
  /** `group`: keystrokes in one field are one undo step; null for a one-off change. */
  onChange: (card: Card, group: string | null) => void;
  onTrace: (() => void) | null;
}) {
  const { t } = useTranslation();
  const change = (patch: Partial<Card>, field: string) =>
    onChange({ ...card, ...patch } as Card, field === '' ? null : `${card.id}:${field}`);
  return (
    <Form layout="vertical" component="div" aria-label={t('reportBuilder.editor.title')}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }}>
        <Tag color="blue">{t(`reportBuilder.kind.${card.kind}`)}</Tag>
        <Typography.Text type="secondary">{t(`reportBuilder.kindHelp.${card.kind}`)}</Typography.Text>
      </div>
      <TextField
        label={t('reportBuilder.fields.title')}
        value={card.title}
        maxLength={200}
        onChange={(title) => change({ title }, 'title')}
      />
      <KindForm card={card} meetingId={meetingId} change={change} onTrace={onTrace} />
      <AreaField
        label={t('reportBuilder.fields.notes')}
        value={card.notes}
        maxLength={5000}
        placeholder={t('reportBuilder.fields.notesPlaceholder')}
        onChange={(notes) => change({ notes }, 'notes')}
      />
      <Field label={t('reportBuilder.fields.hidden')} help={t('reportBuilder.fields.hiddenHelp')}>
        {(id) => <Switch id={id} checked={card.hidden} onChange={(hidden) => change({ hidden }, '')} />}
      </Field>
    </Form>
  );
}

function KindForm({
  card,
  meetingId,
  change,
  onTrace,
}: {
  card: Card;
  meetingId: string;
  change: (patch: Partial<Card>, field: string) => void;
  onTrace: (() => void) | null;
}) {
  switch (card.kind) {
    case 'cover':
      return <CoverEditor card={card} meetingId={meetingId} onChange={change} />;
    case 'welcome':
      return <WelcomeEditor card={card} meetingId={meetingId} onChange={change} />;
    case 'figure':
      return <FigureEditor card={card} meetingId={meetingId} onChange={change} onTrace={onTrace} />;
    case 'chart':
      return <ChartEditor card={card} meetingId={meetingId} onChange={change} />;
    case 'case':
      return <CaseEditor card={card} meetingId={meetingId} onChange={change} />;
    case 'shortcoming':
      return <ShortcomingEditor card={card} meetingId={meetingId} onChange={change} />;
    case 'promises':
      return <PromisesEditor card={card} meetingId={meetingId} onChange={change} />;
    case 'list':
      return <ListEditor card={card} meetingId={meetingId} onChange={change} />;
    case 'agenda':
      return <AgendaEditor card={card} meetingId={meetingId} onChange={change} />;
    case 'closing':
      return <ClosingEditor card={card} meetingId={meetingId} onChange={change} />;
  }
}
