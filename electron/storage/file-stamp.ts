/** A UTC time as a file-name part that sorts in time order: 20250305T063000123Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}
