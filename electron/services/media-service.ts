import type { MediaInfo } from '../../shared/domain';
import type { ParsedInput } from '../../shared/api';
import { AppError } from '../api/app-error';
import { getMeeting } from './meetings-service';
import type { ServiceContext } from './service-context';

export async function addMedia(ctx: ServiceContext, input: ParsedInput<'media.add'>): Promise<MediaInfo> {
  getMeeting(ctx, input.meetingId);
  throw new AppError('invalid_input', '暂不支持添加图片');
}

export function getMedia(
  ctx: ServiceContext,
  input: ParsedInput<'media.get'>,
): MediaInfo & { dataBase64: string } {
  getMeeting(ctx, input.meetingId);
  throw new AppError('not_found', `图片（${input.mediaId}）不存在`);
}
