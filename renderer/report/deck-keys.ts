/**
 * Presenter keys as in PowerPoint and WPS, for the console and the projector window alike.
 * (Sketch: the console's part fills it in.)
 */
export function useDeckKeys(_meetingId: string, _options: { onLeave?: () => void } = {}): void {}
