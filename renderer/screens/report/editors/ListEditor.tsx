import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListType, MAX_CARD_ROWS, type CardOf, type ListItem } from '../../../../shared/domain';
import { ReorderButtons } from '../../../components/ReorderButtons';
import type { EditorProps } from './fields';

const NO_TYPE = '';

export function ListEditor({ card, onChange }: EditorProps<CardOf<'list'>>) {
  const { t } = useTranslation();
  const set = (items: ListItem[], field: string) => onChange({ items }, field);
  const setItem = (index: number, patch: Partial<ListItem>, field: string) =>
    set(
      card.items.map((item, i) => (i === index ? { ...item, ...patch } : item)),
      field,
    );
  return (
    <div>
      {card.items.length > MAX_CARD_ROWS ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('reportBuilder.list.tooMany', { count: card.items.length, max: MAX_CARD_ROWS })}
        />
      ) : null}
      <Space orientation="vertical" style={{ width: '100%' }} size={6}>
        {card.items.map((item, index) => (
          <div key={index} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <Input
              aria-label={t('reportBuilder.list.item', { index: index + 1 })}
              value={item.text}
              maxLength={200}
              status={item.text.trim() === '' ? 'warning' : undefined}
              placeholder={t('reportBuilder.list.itemPlaceholder')}
              onChange={(event) => setItem(index, { text: event.target.value }, `item-${index}`)}
              style={{ flex: 1, minWidth: 0 }}
            />
            <Select
              aria-label={t('reportBuilder.list.type', { index: index + 1 })}
              value={item.listType ?? NO_TYPE}
              style={{ width: 112 }}
              onChange={(value: string) => {
                const parsed = ListType.safeParse(value);
                setItem(index, { listType: parsed.success ? parsed.data : null }, '');
              }}
              options={[
                { value: NO_TYPE, label: t('reportBuilder.list.noType') },
                ...ListType.options.map((type) => ({ value: type, label: t(`listType.${type}`) })),
              ]}
            />
            <ReorderButtons
              ids={card.items.map((_, i) => String(i))}
              index={index}
              name={item.text || t('reportBuilder.list.item', { index: index + 1 })}
              onReorder={(order) =>
                set(
                  order.map((i) => card.items[Number(i)] as ListItem),
                  '',
                )
              }
            />
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('reportBuilder.list.remove', { index: index + 1 })}
              title={t('reportBuilder.list.remove', { index: index + 1 })}
              onClick={() =>
                set(
                  card.items.filter((_, i) => i !== index),
                  '',
                )
              }
            />
          </div>
        ))}
      </Space>
      <Button
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        disabled={card.items.length >= 50}
        onClick={() => set([...card.items, { text: '', listType: null }], '')}
      >
        {t('reportBuilder.list.add')}
      </Button>
    </div>
  );
}
