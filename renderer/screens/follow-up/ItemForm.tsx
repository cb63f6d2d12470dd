import { Button, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Community, Department, FollowUpDraft, ListType } from '../../../shared/domain';

const LISTS: readonly ListType[] = ['immediate', 'deadline', 'ongoing'];

export interface ItemTerms {
  title: string;
  listType: ListType;
  leadDepartmentId: string | null;
  coDepartmentIds: string[];
  owner: string;
  deadline: string | null;
  milestones: { text: string; dueDate: string }[];
  communityId: string | null;
  resident: { name: string; phone: string };
}

export const EMPTY_TERMS: ItemTerms = {
  title: '',
  listType: 'immediate',
  leadDepartmentId: null,
  coDepartmentIds: [],
  owner: '',
  deadline: null,
  milestones: [],
  communityId: null,
  resident: { name: '', phone: '' },
};

/** The terms as a draft: milestones only for 持续推进, blank ones dropped. */
export function termsToDraft(terms: ItemTerms): FollowUpDraft {
  return {
    ...terms,
    title: terms.title.trim(),
    owner: terms.owner.trim(),
    milestones:
      terms.listType === 'ongoing'
        ? terms.milestones.filter((m) => m.text.trim() !== '' || m.dueDate !== '')
        : [],
    resident: { name: terms.resident.name.trim(), phone: terms.resident.phone.trim() },
  };
}

/**
 * 新增事项 and 修改条款: one form. The resident's name and phone are asked only when creating, marked
 * staff-only (they never reach a public view).
 */
export function ItemFormModal({
  title,
  initial,
  withResident,
  departments,
  communities,
  onSubmit,
  onClose,
}: {
  title: string;
  initial: ItemTerms;
  withResident: boolean;
  departments: readonly Department[];
  communities: readonly Community[];
  onSubmit: (terms: ItemTerms) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [terms, setTerms] = useState<ItemTerms>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ItemTerms>) => setTerms((x) => ({ ...x, ...patch }));
  const deptOptions = departments.map((d) => ({ value: d.id, label: d.name }));

  const submit = async () => {
    if (terms.title.trim() === '') return setProblem(t('followUp.form.needTitle'));
    const badMilestone =
      terms.listType === 'ongoing' && terms.milestones.some((m) => !m.text.trim() || !m.dueDate);
    if (badMilestone) return setProblem(t('followUp.form.needMilestone'));
    setBusy(true);
    const ok = await onSubmit(terms);
    setBusy(false);
    if (ok) onClose();
  };

  const field = (label: string, control: React.ReactNode) => (
    <label style={{ display: 'block' }}>
      <Typography.Text>{label}</Typography.Text>
      <div>{control}</div>
    </label>
  );

  return (
    <Modal
      open
      title={title}
      width={640}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ loading: busy, 'data-testid': 'item-form-submit' }}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {field(
          t('followUp.fields.title'),
          <Input.TextArea
            rows={2}
            maxLength={2000}
            value={terms.title}
            onChange={(e) => set({ title: e.target.value })}
            data-testid="item-form-title"
          />,
        )}
        {field(
          t('followUp.fields.listType'),
          <Select
            value={terms.listType}
            onChange={(listType: ListType) => set({ listType })}
            options={LISTS.map((l) => ({ value: l, label: t(`live.listTypes.${l}`) }))}
            style={{ width: 200 }}
            data-testid="item-form-list"
          />,
        )}
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: 8 }}>
          {field(
            t('followUp.fields.lead'),
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              value={terms.leadDepartmentId ?? undefined}
              onChange={(v: string | undefined) => set({ leadDepartmentId: v ?? null })}
              options={deptOptions}
              style={{ width: '100%' }}
              data-testid="item-form-lead"
            />,
          )}
          {field(
            t('followUp.fields.co'),
            <Select
              mode="multiple"
              allowClear
              optionFilterProp="label"
              value={terms.coDepartmentIds}
              onChange={(v: string[]) => set({ coDepartmentIds: v })}
              options={deptOptions.filter((o) => o.value !== terms.leadDepartmentId)}
              style={{ width: '100%' }}
            />,
          )}
          {field(
            t('followUp.fields.owner'),
            <Input maxLength={50} value={terms.owner} onChange={(e) => set({ owner: e.target.value })} />,
          )}
          {field(
            t('followUp.fields.deadline'),
            <Input
              type="date"
              value={terms.deadline ?? ''}
              onChange={(e) => set({ deadline: e.target.value || null })}
              data-testid="item-form-deadline"
            />,
          )}
          {field(
            t('followUp.fields.community'),
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              value={terms.communityId ?? undefined}
              onChange={(v: string | undefined) => set({ communityId: v ?? null })}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
              style={{ width: '100%' }}
            />,
          )}
        </div>
        {terms.listType === 'ongoing' ? (
          <div>
            <Typography.Text>{t('followUp.fields.milestones')}</Typography.Text>
            {terms.milestones.map((m, i) => (
              <Space key={i} style={{ display: 'flex', marginTop: 4 }}>
                <Input
                  placeholder={t('followUp.form.milestoneText')}
                  value={m.text}
                  maxLength={200}
                  onChange={(e) =>
                    set({
                      milestones: terms.milestones.map((x, j) =>
                        j === i ? { ...x, text: e.target.value } : x,
                      ),
                    })
                  }
                />
                <Input
                  type="date"
                  value={m.dueDate}
                  onChange={(e) =>
                    set({
                      milestones: terms.milestones.map((x, j) =>
                        j === i ? { ...x, dueDate: e.target.value } : x,
                      ),
                    })
                  }
                />
                <Button
                  size="small"
                  onClick={() => set({ milestones: terms.milestones.filter((_, j) => j !== i) })}
                >
                  {t('common.delete')}
                </Button>
              </Space>
            ))}
            <Button
              size="small"
              style={{ marginTop: 4 }}
              onClick={() => set({ milestones: [...terms.milestones, { text: '', dueDate: '' }] })}
            >
              {t('followUp.form.addMilestone')}
            </Button>
          </div>
        ) : null}
        {withResident ? (
          <fieldset style={{ border: '1px dashed #d9d9d9', borderRadius: 6, padding: 8 }}>
            <legend style={{ fontSize: 13, width: 'auto', padding: '0 4px', marginBottom: 0 }}>
              {t('followUp.fields.resident')} ·{' '}
              <Typography.Text type="warning">{t('followUp.staffOnly')}</Typography.Text>
            </legend>
            <Space wrap>
              <Input
                placeholder={t('followUp.fields.residentName')}
                maxLength={50}
                value={terms.resident.name}
                onChange={(e) => set({ resident: { ...terms.resident, name: e.target.value } })}
              />
              <Input
                placeholder={t('followUp.fields.residentPhone')}
                maxLength={20}
                value={terms.resident.phone}
                onChange={(e) => set({ resident: { ...terms.resident, phone: e.target.value } })}
              />
            </Space>
          </fieldset>
        ) : null}
        {problem ? (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        ) : null}
      </Space>
    </Modal>
  );
}
