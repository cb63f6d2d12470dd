import { Col, Row } from 'antd';
import { ClosePanel } from './wrap-up/ClosePanel';
import { RehearsalBar } from './wrap-up/RehearsalBar';
import { ScoresPanel } from './wrap-up/ScoresPanel';
import { ProjectorControls } from './projector/ProjectorControls';

/**
 * HELPER(console): the 现场 tab, run by one person on a 1366×768 laptop: question entry and list on
 * the left, projector switches, commitments, scores and the close on the right.
 */
export function LiveStage({ meetingId }: { meetingId: string }) {
  return (
    <div data-testid="live-stage">
      <RehearsalBar meetingId={meetingId} />
      <Row gutter={16}>
        <Col span={15}>{/* HELPER(console): QuestionEntry, QuestionList */}</Col>
        <Col span={9}>
          <ProjectorControls meetingId={meetingId} />
          <ScoresPanel meetingId={meetingId} />
          <ClosePanel meetingId={meetingId} />
        </Col>
      </Row>
    </div>
  );
}
