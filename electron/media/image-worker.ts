// Entry of the image worker thread: decoding a 12-megapixel photo in JavaScript takes a second or two,
// which on the main thread would freeze the projector's key presses. One picture per job.
import { parentPort } from 'node:worker_threads';
import { Jimp } from 'jimp';
import { isImageJob, type ImageJob, type ImageReply } from './image-worker-protocol';

/**
 * Decodes (Jimp turns the picture upright by its EXIF orientation while decoding), shrinks to
 * `maxSide` on the long side, and encodes afresh: the new file carries pixels only, so EXIF (GPS
 * position, camera, time) and any other metadata are gone.
 */
export async function reencode(job: ImageJob): Promise<ImageReply> {
  let image;
  try {
    image = await Jimp.fromBuffer(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength));
  } catch (error) {
    return { job: job.job, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const long = Math.max(image.width, image.height);
  if (long > job.maxSide) {
    if (image.width >= image.height) image.resize({ w: job.maxSide });
    else image.resize({ h: job.maxSide });
  }
  const bytes =
    job.format === 'png'
      ? await image.getBuffer('image/png')
      : await image.getBuffer('image/jpeg', { quality: job.quality });
  return { job: job.job, ok: true, bytes: new Uint8Array(bytes), width: image.width, height: image.height };
}

const port = parentPort;
if (port) {
  port.on('message', (message: unknown) => {
    if (!isImageJob(message)) return;
    void reencode(message).then(
      (reply) => port.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []),
      (error: unknown) =>
        port.postMessage({
          job: message.job,
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        } satisfies ImageReply),
    );
  });
}
