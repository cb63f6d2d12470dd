import type { LiveRecord } from '../../shared/domain';
import type { ServiceContext } from '../services/service-context';

export function sampleLiveRecord(ctx: ServiceContext, options: { rehearsal: boolean }): LiveRecord {
  void ctx;
  void options;
  return { questions: [], commitments: [], scores: [], closing: null };
}
