import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../shared/domain';
import type { FollowUpSortKey, Names } from '../../../shared/logic/follow-up/views';
import { DeadlineCell } from './DeadlineCell';
import { StateTag } from './StateTag';

/** Fixed widths but the title's, so the list fits a 1024-pixel screen without a sideways scroll. */
export function gridColumns(withMeeting: boolean): string {
  return [
    '36px',
    'minmax(160px, 1fr)',
    ...(withMeeting ? ['minmax(90px, 150px)'] : []),
    '84px',
    'minmax(90px, 150px)',
    '150px',
    '96px',
  ].join(' ');
}

const cell: React.CSSProperties = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  minWidth: 0,
};

export function ListHeader({
  columns,
  withMeeting,
  sort,
  onSort,
}: {
  columns: string;
  withMeeting: boolean;
  sort: { key: FollowUpSortKey; direction: 'asc' | 'desc' };
  onSort: (key: FollowUpSortKey) => void;
}) {
  const { t } = useTranslation();
  const head = (key: FollowUpSortKey) => (
    <button
      type="button"
      onClick={() => onSort(key)}
      data-testid={`sort-${key}`}
      aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      style={{
        ...cell,
        background: 'none',
        border: 0,
        padding: 0,
        cursor: 'pointer',
        fontWeight: 600,
        textAlign: 'left',
      }}
    >
      {t(`followUp.columns.${key}`)}{' '}
      {sort.key === key ? sort.direction === 'asc' ? <CaretUpOutlined /> : <CaretDownOutlined /> : null}
    </button>
  );
  return (
    <div
      role="row"
      style={{
        display: 'grid',
        gridTemplateColumns: columns,
        gap: 8,
        alignItems: 'center',
        padding: '8px 12px',
        background: '#fafafa',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <span />
      {head('title')}
      {withMeeting ? head('meeting') : null}
      {head('listType')}
      {head('department')}
      {head('deadline')}
      {head('state')}
    </div>
  );
}

export function FollowRow({
  row,
  columns,
  withMeeting,
  names,
  checked,
  current,
  onCheck,
  onOpen,
}: {
  row: FollowUpRow;
  columns: string;
  withMeeting: boolean;
  names: Names;
  checked: boolean;
  current: boolean;
  onCheck: (checked: boolean) => void;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const lead = row.leadDepartmentId ? (names.departments.get(row.leadDepartmentId) ?? '') : '';
  const co = row.coDepartmentIds.length;
  return (
    <div
      role="row"
      aria-selected={current}
      data-testid="follow-row"
      data-id={row.id}
      data-state={row.state}
      onClick={onOpen}
      style={{
        height: '100%',
        display: 'grid',
        gridTemplateColumns: columns,
        gap: 8,
        alignItems: 'center',
        padding: '0 12px',
        borderBottom: '1px solid #f5f5f5',
        cursor: 'pointer',
        background: current ? '#e6f4ff' : checked ? '#f6ffed' : undefined,
        boxShadow: current ? 'inset 3px 0 0 #1677ff' : undefined,
      }}
    >
      <span onClick={(e) => e.stopPropagation()}>
        <Checkbox
          checked={checked}
          onChange={(e) => onCheck(e.target.checked)}
          aria-label={t('followUp.list.check', { title: row.title })}
          data-testid="row-check"
        />
      </span>
      <span style={cell} title={row.title}>
        {row.title}
      </span>
      {withMeeting ? (
        <Typography.Text type="secondary" style={cell} title={names.meetings.get(row.meetingId)}>
          {names.meetings.get(row.meetingId) ?? row.meetingDate}
        </Typography.Text>
      ) : null}
      <span style={cell}>{t(`live.listTypes.${row.listType}`)}</span>
      <span style={cell} title={lead}>
        {lead || <Typography.Text type="secondary">{t('followUp.notAssigned')}</Typography.Text>}
        {co ? <Typography.Text type="secondary"> +{co}</Typography.Text> : null}
      </span>
      <span style={cell}>
        <DeadlineCell row={row} />
      </span>
      <span style={cell}>
        <StateTag state={row.state} />
      </span>
    </div>
  );
}
