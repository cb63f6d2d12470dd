import { DatePicker, Modal, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOffice } from '../../../data/queries';
import { REFER_PRESET_DAYS, dueInDays, isPastDate } from './refer-due';

type Choice = (typeof REFER_PRESET_DAYS)[number] | 'pick';

export interface ReferRestChoice {
  dueDate: string;
  departmentId: string | null;
}

/**
 * 其余问题会后书面答复: picks the date the open questions will be answered by (7 / 15 / 30 days or a
 * date) and optionally one department; the caller refers them and closes.
 */
export function ReferRestModal({
  open,
  count,
  busy,
  onOk,
  onCancel,
}: {
  open: boolean;
  count: number;
  busy: boolean;
  onOk: (choice: ReferRestChoice) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const office = useOffice();
  const [choice, setChoice] = useState<Choice>(REFER_PRESET_DAYS[1]);
  const [picked, setPicked] = useState<Dayjs | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const now = new Date();
  const dueDate = choice === 'pick' ? (picked?.format('YYYY-MM-DD') ?? null) : dueInDays(choice, now);

  const submit = () => {
    if (dueDate === null) {
      setProblem(t('liveWrapUp.referRest.noDate'));
      return;
    }
    if (isPastDate(dueDate, now)) {
      setProblem(t('liveWrapUp.referRest.pastDate'));
      return;
    }
    setProblem(null);
    onOk({ dueDate, departmentId });
  };

  return (
    <Modal
      open={open}
      title={t('liveWrapUp.referRest.title')}
      okText={t('liveWrapUp.referRest.ok')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t('liveWrapUp.referRest.body', { count })}
        </Typography.Paragraph>
        <Typography.Text strong id="refer-due-label">
          {t('liveWrapUp.referRest.dueDate')}
        </Typography.Text>
        <Radio.Group
          aria-labelledby="refer-due-label"
          value={choice}
          onChange={(e) => setChoice(e.target.value as Choice)}
          optionType="button"
          options={[
            ...REFER_PRESET_DAYS.map((days) => ({
              value: days,
              label: t('liveWrapUp.referRest.days', { count: days }),
            })),
            { value: 'pick' as const, label: t('liveWrapUp.referRest.pick') },
          ]}
        />
        {choice === 'pick' && (
          <DatePicker
            value={picked}
            onChange={(value) => setPicked(value)}
            placeholder={t('liveWrapUp.referRest.pickPlaceholder')}
            aria-label={t('liveWrapUp.referRest.pick')}
          />
        )}
        {dueDate && (
          <Typography.Text type="secondary" data-testid="refer-due-date">
            {t('liveWrapUp.referRest.resolved', { date: dueDate })}
          </Typography.Text>
        )}
        <Typography.Text strong id="refer-department-label">
          {t('liveWrapUp.referRest.department')}
        </Typography.Text>
        <Select
          aria-labelledby="refer-department-label"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          placeholder={t('liveWrapUp.referRest.departmentPlaceholder')}
          value={departmentId}
          onChange={(value: string | undefined) => setDepartmentId(value ?? null)}
          options={(office.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
        {problem && (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        )}
      </Space>
    </Modal>
  );
}
