import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Moves an item of an ordered list; the new order is computed here and saved whole by the caller. */
export function ReorderButtons({
  ids,
  index,
  name,
  onReorder,
}: {
  ids: readonly string[];
  index: number;
  name: string;
  onReorder: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const move = (delta: number) => {
    const next = [...ids];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + delta, 0, item);
    onReorder(next);
  };
  return (
    <Space size={0}>
      <Button
        type="text"
        size="small"
        icon={<ArrowUpOutlined />}
        disabled={index === 0}
        aria-label={t('directory.moveUp', { name })}
        title={t('directory.moveUp', { name })}
        onClick={() => move(-1)}
      />
      <Button
        type="text"
        size="small"
        icon={<ArrowDownOutlined />}
        disabled={index === ids.length - 1}
        aria-label={t('directory.moveDown', { name })}
        title={t('directory.moveDown', { name })}
        onClick={() => move(1)}
      />
    </Space>
  );
}
