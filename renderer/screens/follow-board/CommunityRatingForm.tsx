import { App, Alert, Button, Card, Form, Input, Radio, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Verdict } from '../../../shared/domain/follow-up';
import { call } from '../../data/call';
import { followBoardKeys } from '../../data/follow-board-queries';
import { useOffice } from '../../data/queries';
import { useRunner } from '../../data/use-runner';
import { useOperatorName } from '../live/operator';

interface RatingValues {
  communityId: string;
  departmentId: string;
  verdict: Verdict;
  note?: string;
}

/** 社区评议部门: a community's word on a department that answered it, counted on the scoreboard. */
export function CommunityRatingForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const office = useOffice();
  const run = useRunner();
  const client = useQueryClient();
  const { name: by } = useOperatorName();
  const [form] = Form.useForm<RatingValues>();
  const communities = office.data?.communities ?? [];
  const departments = office.data?.departments ?? [];

  const save = async (values: RatingValues) => {
    const saved = await run(() =>
      call('followUps.rateDepartment', {
        meetingId,
        communityId: values.communityId,
        departmentId: values.departmentId,
        verdict: values.verdict,
        note: values.note?.trim() ?? '',
        by,
      }),
    );
    if (!saved) return;
    void message.success(t('followBoard.rate.saved'));
    form.resetFields();
    void client.invalidateQueries({ queryKey: followBoardKeys.all });
  };

  return (
    <Card size="small" title={t('followBoard.rate.title')} data-testid="community-rating">
      {office.data && (communities.length === 0 || departments.length === 0) ? (
        <Alert type="info" showIcon message={t('followBoard.rate.needDirectories')} />
      ) : (
        <Form<RatingValues> form={form} layout="vertical" onFinish={(values) => void save(values)}>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item
              name="communityId"
              label={t('followBoard.rate.community')}
              style={{ flex: '1 1 180px' }}
              rules={[{ required: true, message: t('followBoard.rate.communityRequired') }]}
            >
              <Select
                data-testid="rating-community"
                showSearch
                optionFilterProp="label"
                options={communities.map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
            <Form.Item
              name="departmentId"
              label={t('followBoard.rate.department')}
              style={{ flex: '1 1 180px' }}
              rules={[{ required: true, message: t('followBoard.rate.departmentRequired') }]}
            >
              <Select
                data-testid="rating-department"
                showSearch
                optionFilterProp="label"
                options={departments.map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
            <Form.Item
              name="verdict"
              label={t('followBoard.rate.verdict')}
              style={{ flex: '1 1 240px' }}
              rules={[{ required: true, message: t('followBoard.rate.verdictRequired') }]}
            >
              <Radio.Group
                data-testid="rating-verdict"
                optionType="button"
                options={Verdict.options.map((v) => ({
                  value: v,
                  label: t(`followBoard.rate.verdicts.${v}`),
                }))}
              />
            </Form.Item>
          </div>
          <Form.Item
            name="note"
            label={t('followBoard.rate.note')}
            rules={[{ max: 500, message: t('followBoard.rate.noteMax') }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="rating-submit">
            {t('followBoard.rate.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
