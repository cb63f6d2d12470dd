import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, InputNumber, Select, Slider, Space, Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ProjectTerms } from '../../../../shared/domain/project';
import { PROJECT_CATEGORIES, PROJECT_STAGES } from '../../../../shared/domain/project';
import { CATEGORY_LABELS, STAGE_LABELS } from '../../../../shared/logic/projects/categories';

function newTaskId(): string {
  return `task-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

const day = (value: string | null) => (value ? dayjs(value) : null);
const iso = (value: dayjs.Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null);

/** Every term of a project, controlled: the drawer keeps the state and decides when to save. */
export function ProjectForm({
  terms,
  onChange,
}: {
  terms: ProjectTerms;
  onChange: (patch: Partial<ProjectTerms>) => void;
}) {
  const { t } = useTranslation();
  const field = (id: string, label: string, control: React.ReactNode, wide = false) => (
    <div style={{ gridColumn: wide ? '1 / -1' : undefined, minWidth: 0 }}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
        <Typography.Text>{label}</Typography.Text>
      </label>
      {control}
    </div>
  );
  const setTask = (index: number, patch: Partial<ProjectTerms['tasks'][number]>) =>
    onChange({ tasks: terms.tasks.map((task, i) => (i === index ? { ...task, ...patch } : task)) });

  return (
    <div
      data-testid="project-form"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: 12 }}
    >
      {field(
        'project-name',
        t('projectPool.fields.name'),
        <Input
          id="project-name"
          value={terms.name}
          maxLength={100}
          onChange={(e) => onChange({ name: e.target.value })}
        />,
        true,
      )}
      {field(
        'project-code',
        t('projectPool.fields.code'),
        <Input id="project-code" value={terms.code} onChange={(e) => onChange({ code: e.target.value })} />,
      )}
      {field(
        'project-category',
        t('projectPool.fields.category'),
        <Select
          id="project-category"
          style={{ width: '100%' }}
          value={terms.category}
          onChange={(category) => onChange({ category })}
          options={PROJECT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
        />,
      )}
      {field(
        'project-town',
        t('projectPool.fields.town'),
        <Input id="project-town" value={terms.town} onChange={(e) => onChange({ town: e.target.value })} />,
      )}
      {field(
        'project-community',
        t('projectPool.fields.community'),
        <Input
          id="project-community"
          value={terms.community}
          onChange={(e) => onChange({ community: e.target.value })}
        />,
      )}
      {field(
        'project-lead',
        t('projectPool.fields.leadUnit'),
        <Input
          id="project-lead"
          value={terms.leadUnit}
          onChange={(e) => onChange({ leadUnit: e.target.value })}
        />,
      )}
      {field(
        'project-co',
        t('projectPool.fields.coUnits'),
        <Select
          id="project-co"
          mode="tags"
          style={{ width: '100%' }}
          value={terms.coUnits}
          tokenSeparators={['，', ',', '、']}
          onChange={(coUnits: string[]) =>
            onChange({ coUnits: coUnits.map((u) => u.trim()).filter(Boolean) })
          }
          open={false}
          suffixIcon={null}
          placeholder={t('projectPool.fields.coUnitsHint')}
        />,
      )}
      {field(
        'project-funds-planned',
        t('projectPool.fields.fundsPlanned'),
        <InputNumber
          id="project-funds-planned"
          style={{ width: '100%' }}
          min={0}
          value={terms.fundsPlannedYuan}
          addonAfter={t('projectPool.yuan')}
          onChange={(v) => onChange({ fundsPlannedYuan: v ?? null })}
        />,
      )}
      {field(
        'project-funds-spent',
        t('projectPool.fields.fundsSpent'),
        <InputNumber
          id="project-funds-spent"
          style={{ width: '100%' }}
          min={0}
          value={terms.fundsSpentYuan}
          addonAfter={t('projectPool.yuan')}
          onChange={(v) => onChange({ fundsSpentYuan: v ?? null })}
        />,
      )}
      {field(
        'project-deadline',
        t('projectPool.fields.deadline'),
        <DatePicker
          id="project-deadline"
          style={{ width: '100%' }}
          value={day(terms.deadline)}
          onChange={(v) => onChange({ deadline: iso(v) })}
        />,
      )}
      {field(
        'project-completed',
        t('projectPool.fields.completedOn'),
        <DatePicker
          id="project-completed"
          style={{ width: '100%' }}
          value={day(terms.completedOn)}
          onChange={(v) => onChange({ completedOn: iso(v) })}
        />,
      )}
      <div style={{ gridColumn: '1 / -1' }}>
        <Typography.Text>{t('projectPool.fields.stage')}</Typography.Text>
        <Steps
          size="small"
          style={{ marginTop: 8 }}
          current={PROJECT_STAGES.indexOf(terms.stage)}
          onChange={(index) => onChange({ stage: PROJECT_STAGES[index] ?? terms.stage })}
          items={PROJECT_STAGES.map((s) => ({ title: STAGE_LABELS[s] }))}
        />
      </div>
      <div style={{ gridColumn: '1 / -1' }}>
        <label htmlFor="project-progress">
          <Typography.Text>{t('projectPool.fields.progress')}</Typography.Text>
        </label>
        <Space style={{ width: '100%' }} styles={{ item: { flex: 1 } }}>
          <Slider
            min={0}
            max={100}
            value={terms.progress}
            onChange={(progress: number) => onChange({ progress })}
            aria-label={t('projectPool.fields.progress')}
          />
          <InputNumber
            id="project-progress"
            min={0}
            max={100}
            precision={0}
            value={terms.progress}
            addonAfter="%"
            style={{ width: 110 }}
            onChange={(v) => onChange({ progress: v ?? 0 })}
          />
        </Space>
      </div>
      <div style={{ gridColumn: '1 / -1' }}>
        <Typography.Text>{t('projectPool.fields.tasks')}</Typography.Text>
        <Space direction="vertical" style={{ width: '100%', marginTop: 4 }}>
          {terms.tasks.map((task, index) => (
            <Space key={task.id} wrap style={{ width: '100%' }}>
              <Input
                aria-label={t('projectPool.fields.taskTitle')}
                placeholder={t('projectPool.fields.taskTitle')}
                value={task.title}
                style={{ width: 220 }}
                onChange={(e) => setTask(index, { title: e.target.value })}
              />
              <DatePicker
                aria-label={t('projectPool.fields.taskDue')}
                placeholder={t('projectPool.fields.taskDue')}
                value={day(task.due)}
                onChange={(v) => setTask(index, { due: iso(v) })}
              />
              <DatePicker
                aria-label={t('projectPool.fields.taskDone')}
                placeholder={t('projectPool.fields.taskDone')}
                value={day(task.doneOn)}
                onChange={(v) => setTask(index, { doneOn: iso(v) })}
              />
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('projectPool.fields.taskRemove')}
                onClick={() => onChange({ tasks: terms.tasks.filter((_, i) => i !== index) })}
              />
            </Space>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              onChange({ tasks: [...terms.tasks, { id: newTaskId(), title: '', due: null, doneOn: null }] })
            }
          >
            {t('projectPool.fields.taskAdd')}
          </Button>
        </Space>
      </div>
      {field(
        'project-notes',
        t('projectPool.fields.notes'),
        <Input.TextArea
          id="project-notes"
          rows={3}
          value={terms.notes}
          onChange={(e) => onChange({ notes: e.target.value })}
        />,
        true,
      )}
    </div>
  );
}
