import { useNavigation } from '../../shell/navigation';

/** The presenter console, full window. (Sketch; the console fills it in.) */
export function ConsoleScreen() {
  const { meetingId } = useNavigation();
  return <div data-meeting-id={meetingId ?? ''} />;
}
