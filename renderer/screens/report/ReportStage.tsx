import { Alert, App, Card } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportCardDocument } from '../../../shared/domain';
import { apiErrorOf } from '../../data/api-failure';
import { useReport } from '../../data/report-queries';
import { useErrorText } from '../../i18n/use-error-text';
import { ReportBuilder } from './ReportBuilder';
import { ReportEmpty } from './ReportEmpty';
import { useReportEditor } from './use-report-editor';

/** The 报告 tab: the meeting's 数字成绩单, from a first draft to the projector. */
export function ReportStage({ meetingId }: { meetingId: string }) {
  const errorText = useErrorText();
  const doc = useReport(meetingId);
  if (doc.error) return <Alert type="error" showIcon title={errorText(apiErrorOf(doc.error))} />;
  if (!doc.data) return <Card loading />;
  // Keyed by meeting: another meeting's report starts a working copy (and history) of its own.
  return <LoadedReport key={meetingId} meetingId={meetingId} initial={doc.data} />;
}

function LoadedReport({ meetingId, initial }: { meetingId: string; initial: ReportCardDocument }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const editor = useReportEditor(meetingId, initial);
  const { outsideChange } = editor;

  useEffect(() => {
    if (outsideChange > 0) void message.info(t('reportBuilder.outsideChange'));
  }, [outsideChange, message, t]);

  if (editor.present.cards.length === 0) {
    return <ReportEmpty meetingId={meetingId} onStart={(cards) => editor.updateCards(() => cards)} />;
  }
  return <ReportBuilder meetingId={meetingId} editor={editor} present={editor.present} />;
}
