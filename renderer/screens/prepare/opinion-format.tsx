import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { Opinion, OpinionChannel, Satisfaction } from '../../../shared/domain';
import { formatShanghai } from '../../../shared/logic/shanghai-time';

export const CHANNELS: readonly OpinionChannel[] = [
  'hotline12345',
  'hotline6555',
  'serviceStation',
  'wechat',
  'homeVisit',
  'grid',
  'mailbox',
  'onSite',
];
export const SATISFACTIONS: readonly Satisfaction[] = [
  'satisfied',
  'basicallySatisfied',
  'dissatisfied',
  'unrated',
];

export const channelLabel = (t: TFunction, channel: OpinionChannel | null) =>
  channel ? t(`opinion.channel.${channel}`) : t('opinion.channelUnknown');
/** A category or community as the data holds it; null (a blank cell) is named in the user's language. */
export const nameLabel = (t: TFunction, name: string | null) => name ?? t('analysis.unspecified');
export const satisfactionLabel = (t: TFunction, level: Satisfaction) => t(`opinion.satisfaction.${level}`);

export function resolvedText(t: TFunction, resolved: boolean | null): string {
  if (resolved === null) return t('opinion.resolvedUnknown');
  return resolved ? t('opinion.resolvedYes') : t('opinion.resolvedNo');
}

export function closedText(t: TFunction, closed: boolean | null): string {
  if (closed === null) return t('opinion.closedUnknown');
  return closed ? t('opinion.closedYes') : t('opinion.closedNo');
}

export function receivedText(t: TFunction, receivedAt: string | null): string {
  return receivedAt ? formatShanghai(receivedAt) : t('common.notSet');
}

/** Long complaint text in one line; the whole text on hover, as text (never HTML). */
export function ContentCell({ text }: { text: string }) {
  return (
    <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: '100%' }}>
      {text}
    </Typography.Text>
  );
}

type Row = Pick<
  Opinion,
  | 'channel'
  | 'category'
  | 'communityName'
  | 'receivedAt'
  | 'resolved'
  | 'closed'
  | 'satisfaction'
  | 'content'
  | 'workOrderNo'
>;

/** The columns every opinion list shares (preview, table, drawer). */
export function opinionColumns<T extends Row>(t: TFunction) {
  return [
    {
      key: 'workOrderNo',
      title: t('opinion.fields.workOrderNo'),
      dataIndex: 'workOrderNo',
      width: 150,
      ellipsis: true,
    },
    {
      key: 'channel',
      title: t('opinion.fields.channel'),
      width: 110,
      render: (_: unknown, r: T) => channelLabel(t, r.channel),
    },
    {
      key: 'category',
      title: t('opinion.fields.category'),
      dataIndex: 'category',
      width: 110,
      ellipsis: true,
    },
    {
      key: 'community',
      title: t('opinion.fields.communityName'),
      dataIndex: 'communityName',
      width: 120,
      ellipsis: true,
    },
    {
      key: 'receivedAt',
      title: t('opinion.fields.receivedAt'),
      width: 140,
      render: (_: unknown, r: T) => receivedText(t, r.receivedAt),
    },
    {
      key: 'resolved',
      title: t('opinion.fields.resolved'),
      width: 80,
      render: (_: unknown, r: T) => resolvedText(t, r.resolved),
    },
    {
      key: 'closed',
      title: t('opinion.fields.closed'),
      width: 80,
      render: (_: unknown, r: T) => closedText(t, r.closed),
    },
    {
      key: 'satisfaction',
      title: t('opinion.fields.satisfaction'),
      width: 90,
      render: (_: unknown, r: T) => satisfactionLabel(t, r.satisfaction),
    },
    {
      key: 'content',
      title: t('opinion.fields.content'),
      render: (_: unknown, r: T) => <ContentCell text={r.content} />,
    },
  ];
}
