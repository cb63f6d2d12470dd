import { Button, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../shared/domain';
import type { Names } from '../../../shared/logic/follow-up/views';
import { deadlineMark } from './list-model';

/*
 * While this view is open, printing shows only it: everything else of the page is hidden by the
 * print stylesheet, so window.print() gives the department a plain list on paper.
 */
const PRINT_CSS = `
@media print {
  body * { visibility: hidden !important; }
  .follow-print, .follow-print * { visibility: visible !important; }
  .follow-print { position: absolute; left: 0; top: 0; width: 100%; }
  .follow-print-hide { display: none !important; }
}
.follow-print table { border-collapse: collapse; width: 100%; font-size: 13px; }
.follow-print th, .follow-print td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
`;

/** 打印本部门清单: the department's items, the lead's and the co-department's, as of a date. */
export function DepartmentPrint({
  departmentId,
  departmentName,
  rows,
  names,
  asOf,
  onClose,
}: {
  departmentId: string;
  departmentName: string;
  rows: readonly FollowUpRow[];
  names: Names;
  asOf: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={900}
      footer={null}
      onCancel={onClose}
      title={t('followUp.print.title')}
      destroyOnHidden
    >
      <style>{PRINT_CSS}</style>
      <Space className="follow-print-hide" style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => window.print()} data-testid="print-now">
          {t('followUp.print.print')}
        </Button>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </Space>
      <div className="follow-print" data-testid="print-view">
        <h2 style={{ margin: '0 0 4px' }}>{t('followUp.print.heading', { name: departmentName })}</h2>
        <p style={{ margin: '0 0 8px' }}>{t('followUp.print.asOf', { asOf, count: rows.length })}</p>
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('followUp.columns.title')}</th>
              <th>{t('followUp.columns.listType')}</th>
              <th>{t('followUp.print.role')}</th>
              <th>{t('followUp.columns.deadline')}</th>
              <th>{t('followUp.columns.state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const mark = deadlineMark(r);
              return (
                <tr key={r.id}>
                  <td>{i + 1}</td>
                  <td>
                    {r.title}
                    {r.communityId ? ` (${names.communities.get(r.communityId) ?? ''})` : ''}
                  </td>
                  <td>{t(`live.listTypes.${r.listType}`)}</td>
                  <td>
                    {t(r.leadDepartmentId === departmentId ? 'followUp.print.lead' : 'followUp.print.co')}
                  </td>
                  <td>
                    {mark.kind === 'overdue'
                      ? t('followUp.deadline.overdue', { date: mark.date })
                      : mark.kind === 'onTime'
                        ? `${mark.date ?? ''} ${t('followUp.deadline.onTime')}`
                        : mark.kind === 'due'
                          ? mark.date
                          : t('followUp.deadline.none')}
                  </td>
                  <td>{t(`followUp.states.${r.state}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Modal>
  );
}
