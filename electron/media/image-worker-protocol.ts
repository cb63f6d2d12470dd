/** What the main thread hands the image worker: the bytes (transferred) of a checked JPEG or PNG. */
export interface ImageJob {
  job: number;
  bytes: Uint8Array;
  format: 'jpeg' | 'png';
  /** Longest side of the stored picture, in pixels. */
  maxSide: number;
  /** JPEG quality, 1–100. */
  quality: number;
}

/** The re-encoded picture, or why the bytes could not be decoded. */
export type ImageReply =
  | { job: number; ok: true; bytes: Uint8Array; width: number; height: number }
  | { job: number; ok: false; message: string };

export function isImageJob(value: unknown): value is ImageJob {
  if (typeof value !== 'object' || value === null) return false;
  const job = value as Partial<ImageJob>;
  return (
    typeof job.job === 'number' &&
    job.bytes instanceof Uint8Array &&
    (job.format === 'jpeg' || job.format === 'png') &&
    typeof job.maxSide === 'number' &&
    typeof job.quality === 'number'
  );
}

export function isImageReply(value: unknown): value is ImageReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as { job?: unknown; ok?: unknown };
  return typeof reply.job === 'number' && typeof reply.ok === 'boolean';
}
