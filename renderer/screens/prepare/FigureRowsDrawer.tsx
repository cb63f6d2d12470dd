import { Drawer, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opinion, OpinionFigure } from '../../../shared/domain';
import { useFigureRows } from '../../data/opinion-queries';
import { opinionColumns } from './opinion-format';

const PAGE_SIZE = 50;

/** What the drawer lists: the rows behind a figure, or a group's rows by id. */
export type RowsSource =
  | { kind: 'figure'; figure: OpinionFigure; title: string }
  | { kind: 'ids'; ids: readonly string[]; title: string };

/** Every figure on the stage is traceable: clicking it lists exactly the rows it counts. */
export function FigureRowsDrawer({
  meetingId,
  source,
  onClose,
}: {
  meetingId: string;
  source: RowsSource | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const figure = source?.kind === 'figure' ? source.figure : null;
  const ids = source?.kind === 'ids' ? source.ids : null;
  const rows = useFigureRows(meetingId, figure, ids, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  return (
    <Drawer
      open={source !== null}
      onClose={onClose}
      afterOpenChange={(open) => {
        if (!open) setPage(1);
      }}
      size="min(1100px, calc(100vw - 48px))"
      title={source ? t('figureRows.title', { what: source.title, count: rows.data?.total ?? 0 }) : ''}
      destroyOnHidden
    >
      <Table<Opinion>
        size="small"
        rowKey="id"
        tableLayout="fixed"
        scroll={{ x: 1000 }}
        loading={rows.isFetching && !rows.data}
        dataSource={rows.data?.rows ?? []}
        columns={opinionColumns<Opinion>(t)}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: rows.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('opinionTable.total', { count: total }),
          onChange: setPage,
        }}
      />
    </Drawer>
  );
}
