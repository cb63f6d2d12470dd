import { DatePicker, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CardOf } from '../../../../shared/domain';
import { formatShanghai } from '../../../../shared/logic/shanghai-time';
import { useMeetingList, useOffice } from '../../../data/queries';
import { AreaField, Field, NumberField, TextField, type EditorProps } from './fields';

export function CoverEditor({ card, onChange }: EditorProps<CardOf<'cover'>>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('reportBuilder.fields.subtitle')}
        value={card.subtitle}
        maxLength={200}
        onChange={(subtitle) => onChange({ subtitle }, 'subtitle')}
      />
      <TextField
        label={t('reportBuilder.fields.dateText')}
        value={card.dateText}
        maxLength={50}
        placeholder={t('reportBuilder.fields.dateTextPlaceholder')}
        onChange={(dateText) => onChange({ dateText }, 'dateText')}
      />
    </>
  );
}

export function WelcomeEditor({ card, onChange }: EditorProps<CardOf<'welcome'>>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('reportBuilder.fields.timeText')}
        value={card.timeText}
        maxLength={100}
        onChange={(timeText) => onChange({ timeText }, 'timeText')}
      />
      <AreaField
        label={t('reportBuilder.fields.welcomeAgenda')}
        value={card.agenda.join('\n')}
        maxLength={1100}
        placeholder={t('reportBuilder.fields.welcomeAgendaPlaceholder')}
        onChange={(text) =>
          onChange(
            {
              agenda: text
                .split('\n')
                .map((line) => line.slice(0, 100))
                .filter((line, i, all) => line.trim() !== '' || i === all.length - 1)
                .slice(0, 10),
            },
            'agenda',
          )
        }
      />
      <TextField
        label={t('reportBuilder.fields.wifi')}
        value={card.wifi}
        maxLength={64}
        onChange={(wifi) => onChange({ wifi }, 'wifi')}
      />
      <Field label={t('reportBuilder.fields.showJoinQr')}>
        {(id) => (
          <Switch id={id} checked={card.showJoinQr} onChange={(showJoinQr) => onChange({ showJoinQr }, '')} />
        )}
      </Field>
    </>
  );
}

export function AgendaEditor({ card, onChange }: EditorProps<CardOf<'agenda'>>) {
  const { t } = useTranslation();
  return (
    <NumberField
      label={t('reportBuilder.fields.plannedMinutes')}
      value={card.plannedMinutes}
      min={1}
      max={600}
      help={t('reportBuilder.fields.plannedMinutesHelp')}
      onChange={(value) =>
        onChange({ plannedMinutes: value === null ? null : Math.round(value) }, 'plannedMinutes')
      }
    />
  );
}

export function ClosingEditor({ card, onChange }: EditorProps<CardOf<'closing'>>) {
  const { t } = useTranslation();
  return (
    <>
      <AreaField
        label={t('reportBuilder.fields.contact')}
        value={card.contact}
        maxLength={200}
        rows={2}
        onChange={(contact) => onChange({ contact }, 'contact')}
      />
      <TextField
        label={t('reportBuilder.fields.nextMeeting')}
        value={card.nextMeeting}
        maxLength={200}
        onChange={(nextMeeting) => onChange({ nextMeeting }, 'nextMeeting')}
      />
      <TextField
        label={t('reportBuilder.fields.qrText')}
        value={card.qrText}
        maxLength={500}
        help={t('reportBuilder.fields.qrTextHelp')}
        onChange={(qrText) => onChange({ qrText }, 'qrText')}
      />
    </>
  );
}

export function PromisesEditor({ card, meetingId, onChange }: EditorProps<CardOf<'promises'>>) {
  const { t } = useTranslation();
  const meetings = useMeetingList('');
  const current = meetings.data?.find((m) => m.id === meetingId);
  const earlier = (meetings.data ?? []).filter(
    (m) => m.id !== meetingId && (!current || Date.parse(m.startsAt) < Date.parse(current.startsAt)),
  );
  return (
    <Field
      label={t('reportBuilder.fields.previousMeeting')}
      help={t('reportBuilder.fields.previousMeetingHelp')}
    >
      {(id) => (
        <Select
          id={id}
          value={card.previousMeetingId ?? ''}
          loading={meetings.isLoading}
          onChange={(value: string) => onChange({ previousMeetingId: value === '' ? null : value }, '')}
          options={[
            { value: '', label: t('reportBuilder.fields.previousAutomatic') },
            ...earlier.map((m) => ({
              value: m.id,
              label: t('reportBuilder.meetingOption', {
                title: m.title,
                date: formatShanghai(m.startsAt, 'YYYY-MM-DD'),
              }),
            })),
          ]}
        />
      )}
    </Field>
  );
}

export function ShortcomingEditor({ card, onChange }: EditorProps<CardOf<'shortcoming'>>) {
  const { t } = useTranslation();
  const office = useOffice();
  const departments = office.data?.departments ?? [];
  const missing = card.departmentId !== null && !departments.some((d) => d.id === card.departmentId);
  return (
    <>
      <AreaField
        label={t('reportBuilder.fields.problem')}
        value={card.problem}
        maxLength={300}
        rows={2}
        onChange={(problem) => onChange({ problem }, 'problem')}
      />
      <AreaField
        label={t('reportBuilder.fields.cause')}
        value={card.cause}
        maxLength={300}
        rows={2}
        onChange={(cause) => onChange({ cause }, 'cause')}
      />
      <AreaField
        label={t('reportBuilder.fields.measure')}
        value={card.measure}
        maxLength={300}
        rows={2}
        onChange={(measure) => onChange({ measure }, 'measure')}
      />
      <Field
        label={t('reportBuilder.fields.department')}
        warning={missing ? t('reportBuilder.fields.departmentGone') : undefined}
        help={departments.length === 0 ? t('reportBuilder.fields.noDepartments') : undefined}
      >
        {(id) => (
          <Select
            id={id}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={missing ? undefined : (card.departmentId ?? undefined)}
            placeholder={t('reportBuilder.fields.departmentPlaceholder')}
            onChange={(value: string | undefined) => onChange({ departmentId: value ?? null }, '')}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        )}
      </Field>
      <Field label={t('reportBuilder.fields.deadline')}>
        {(id) => (
          <DatePicker
            id={id}
            style={{ width: '100%' }}
            value={card.deadline ? dayjs(card.deadline) : null}
            onChange={(value) => onChange({ deadline: value ? value.format('YYYY-MM-DD') : null }, '')}
          />
        )}
      </Field>
    </>
  );
}
