import { MAX_MEDIA_BYTES, type ParsedInput } from '../../shared/api';
import type { MediaInfo } from '../../shared/domain';
import { AppError } from '../api/app-error';
import { imageSize, sniffImage, type ImageFormat } from '../media/image-sniff';
import { reencodeInWorker, type ReencodeOptions } from '../media/run-image-worker';
import { getMeeting } from './meetings-service';
import { findMediaFile, listMediaFiles, readMediaBytes, writeMediaFile } from './media-files';
import type { ServiceContext } from './service-context';

/** Enough for every case card of a long report; a folder of thousands would slow each listing. */
export const MAX_MEDIA_PER_MEETING = 200;
/** A projector shows 1920 × 1080 at most: more pixels only make the file bigger. */
export const MAX_MEDIA_SIDE = 1920;
/** Above this a picture is not a phone photo; decoding it would take gigabytes. */
export const MAX_MEDIA_MEGAPIXELS = 50;
export const MEDIA_JPEG_QUALITY = 85;

const FORMAT_ADVICE: Record<Exclude<ImageFormat, 'jpeg' | 'png'>, string> = {
  heic: '这是 HEIC 格式（苹果手机默认的照片格式），暂不支持。请在手机或电脑上将照片导出为 JPG 后再添加',
  avif: '这是 AVIF 格式，暂不支持。请将图片另存为 JPG 或 PNG 后再添加',
  webp: '这是 WebP 格式，暂不支持。请将图片另存为 JPG 或 PNG 后再添加',
  gif: '这是 GIF 格式，暂不支持。请将图片另存为 JPG 或 PNG 后再添加',
  bmp: '这是 BMP 格式，暂不支持。请将图片另存为 JPG 或 PNG 后再添加',
  tiff: '这是 TIFF 格式，暂不支持。请将图片另存为 JPG 或 PNG 后再添加',
};

/** Rounded up, so a file just over the limit never reads as exactly the limit. */
function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
}

/** Strict base64: a body that is not one is refused rather than decoded into garbage. */
function decodeBase64(text: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
    throw new AppError('invalid_input', '图片数据有误（不是有效的 base64），没有保存');
  }
  return Buffer.from(text, 'base64');
}

/** Options for tests: another worker script, a shorter time-out. */
export interface MediaOptions {
  reencode?: ReencodeOptions;
}

/**
 * Stores a case photo with the meeting: checked by its bytes, turned upright, shrunk to 1920 px on
 * the long side, re-encoded without its metadata (EXIF: GPS position, camera, time), and written as
 * `media/<meetingId>/<mediaId>.jpg|png` with the durable writer. A refusal stores nothing.
 */
export async function addMedia(
  ctx: ServiceContext,
  input: ParsedInput<'media.add'>,
  options: MediaOptions = {},
): Promise<MediaInfo> {
  getMeeting(ctx, input.meetingId);
  const bytes = decodeBase64(input.dataBase64);
  if (bytes.length === 0) throw new AppError('invalid_input', '图片文件为空，没有保存');
  if (bytes.length > MAX_MEDIA_BYTES) {
    throw new AppError(
      'too_large',
      `图片大小为 ${megabytes(bytes.length)}，超过 ${MAX_MEDIA_BYTES / 1024 / 1024} MB 上限；请先压缩或另存为较小的 JPG`,
    );
  }
  const format = sniffImage(bytes);
  if (format === null) {
    throw new AppError(
      'invalid_input',
      `“${input.fileName}”不是图片文件（只支持 JPG 和 PNG 照片），没有保存`,
    );
  }
  if (format !== 'jpeg' && format !== 'png') {
    throw new AppError('invalid_input', `无法添加“${input.fileName}”：${FORMAT_ADVICE[format]}`);
  }
  const size = imageSize(bytes, format);
  if (!size) throw new AppError('invalid_input', `“${input.fileName}”已损坏，无法读取，没有保存`);
  const megapixels = (size.width * size.height) / 1_000_000;
  if (megapixels > MAX_MEDIA_MEGAPIXELS) {
    throw new AppError(
      'too_large',
      `图片为 ${size.width} × ${size.height} 像素（约 ${Math.round(megapixels)} 百万像素），超过 ${MAX_MEDIA_MEGAPIXELS} 百万像素上限；请先缩小后再添加`,
    );
  }
  if (listMediaFiles(ctx, input.meetingId).length >= MAX_MEDIA_PER_MEETING) {
    throw new AppError(
      'limit_reached',
      `每场会议最多保存 ${MAX_MEDIA_PER_MEETING} 张图片，已达上限；请先删除不再使用的案例卡片或换用已有图片`,
    );
  }

  const outcome = await reencodeInWorker(
    bytes,
    { format, maxSide: MAX_MEDIA_SIDE, quality: MEDIA_JPEG_QUALITY },
    options.reencode,
  );
  if (!outcome.ok) {
    throw outcome.reason === 'corrupt'
      ? new AppError('invalid_input', `“${input.fileName}”已损坏或不完整，无法读取，没有保存`)
      : new AppError('internal', `处理图片“${input.fileName}”时出错（${outcome.message}），没有保存`);
  }
  // Checked again after the wait in the worker: the meeting may have been deleted meanwhile.
  getMeeting(ctx, input.meetingId);
  const mediaId = ctx.newId('p');
  writeMediaFile(ctx, input.meetingId, mediaId, format === 'png' ? 'png' : 'jpg', outcome.bytes);
  return {
    mediaId,
    mime: format === 'png' ? 'image/png' : 'image/jpeg',
    width: outcome.width,
    height: outcome.height,
    bytes: outcome.bytes.length,
  };
}

export function getMedia(
  ctx: ServiceContext,
  input: ParsedInput<'media.get'>,
): MediaInfo & { dataBase64: string } {
  getMeeting(ctx, input.meetingId);
  const file = findMediaFile(ctx, input.meetingId, input.mediaId);
  if (!file) throw new AppError('not_found', `图片（${input.mediaId}）不存在，可能已随会议删除；请重新添加`);
  const bytes = readMediaBytes(file);
  const format = file.extension === 'png' ? 'png' : 'jpeg';
  const size = sniffImage(bytes) === format ? imageSize(bytes, format) : null;
  if (!size) throw new AppError('invalid_document', `图片（${input.mediaId}）文件已损坏，请重新添加`);
  return {
    mediaId: file.mediaId,
    mime: format === 'png' ? 'image/png' : 'image/jpeg',
    width: size.width,
    height: size.height,
    bytes: bytes.length,
    dataBase64: bytes.toString('base64'),
  };
}
