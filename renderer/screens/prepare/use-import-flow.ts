import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ImportPreviewResult } from '../../../shared/api';
import type { ImportProgress, ImportRecord, MappingRule, OpinionChannel } from '../../../shared/domain';
import { api } from '../../api';
import { apiErrorOf } from '../../data/api-failure';
import { call } from '../../data/call';
import { opinionKeys } from '../../data/opinion-queries';
import { newJobId, readFileBase64 } from './read-file-base64';

export interface PreviewOptions {
  sheet?: string;
  mapping?: MappingRule[];
  /** For a sheet without a channel column: the channel the whole sheet came from. */
  defaultChannel?: OpinionChannel;
}

export type ImportFlowState =
  | { step: 'idle' }
  | { step: 'working'; fileName: string; jobId: string; progress: ImportProgress | null }
  | { step: 'refused'; fileName: string; error: ApiError }
  | {
      step: 'preview';
      result: ImportPreviewResult;
      options: PreviewOptions;
      busy: boolean;
      error: ApiError | null;
    };

/** The file stays in memory between previews so choosing another sheet or mapping re-reads it without a new pick. */
interface Loaded {
  fileName: string;
  dataBase64: string;
}

/**
 * Pick → preview → (re-preview with another sheet or mapping) → confirm. Nothing is stored before
 * confirm; a refusal leaves the meeting as it was and is shown with the service's own message.
 */
export function useImportFlow(meetingId: string) {
  const client = useQueryClient();
  const [state, setState] = useState<ImportFlowState>({ step: 'idle' });
  const loaded = useRef<Loaded | null>(null);
  const activeJob = useRef<string | null>(null);

  useEffect(
    () =>
      api.on('imports.progress', ({ jobId, progress }) => {
        setState((s) => (s.step === 'working' && s.jobId === jobId ? { ...s, progress } : s));
      }),
    [],
  );

  const runPreview = useCallback(
    async (options: PreviewOptions, firstTime: boolean) => {
      const file = loaded.current;
      if (!file) return;
      const jobId = newJobId();
      activeJob.current = jobId;
      if (firstTime) setState({ step: 'working', fileName: file.fileName, jobId, progress: null });
      else setState((s) => (s.step === 'preview' ? { ...s, busy: true, error: null } : s));
      try {
        const hasOptions =
          options.sheet !== undefined ||
          options.mapping !== undefined ||
          options.defaultChannel !== undefined;
        const result = await call('imports.preview', {
          meetingId,
          jobId,
          fileName: file.fileName,
          dataBase64: file.dataBase64,
          ...(hasOptions ? { options } : {}),
        });
        if (activeJob.current !== jobId) return; // cancelled or superseded meanwhile
        setState({ step: 'preview', result, options, busy: false, error: null });
      } catch (error) {
        if (activeJob.current !== jobId) return;
        const apiError = apiErrorOf(error);
        if (firstTime) setState({ step: 'refused', fileName: file.fileName, error: apiError });
        else setState((s) => (s.step === 'preview' ? { ...s, busy: false, error: apiError } : s));
      }
    },
    [meetingId],
  );

  const start = useCallback(
    async (file: File) => {
      const jobId = newJobId();
      activeJob.current = jobId;
      setState({ step: 'working', fileName: file.name, jobId, progress: null });
      let dataBase64: string;
      try {
        dataBase64 = await readFileBase64(file);
      } catch (error) {
        setState({ step: 'refused', fileName: file.name, error: apiErrorOf(error) });
        return;
      }
      if (activeJob.current !== jobId) return;
      loaded.current = { fileName: file.name, dataBase64 };
      await runPreview({}, true);
    },
    [runPreview],
  );

  const repreview = useCallback((options: PreviewOptions) => void runPreview(options, false), [runPreview]);

  const cancel = useCallback(() => {
    const jobId = activeJob.current;
    activeJob.current = null;
    loaded.current = null;
    setState({ step: 'idle' });
    // The worker is told to stop; its answer no longer matters, so a failure here is not shown.
    if (jobId) void api.call('imports.cancel', { jobId });
  }, []);

  const dismiss = useCallback(() => {
    activeJob.current = null;
    loaded.current = null;
    setState({ step: 'idle' });
  }, []);

  const confirm = useCallback(async (): Promise<ImportRecord | ApiError> => {
    if (state.step !== 'preview') throw new Error('confirm without a preview');
    setState({ ...state, busy: true, error: null });
    try {
      const record = await call('imports.confirm', { meetingId, previewId: state.result.previewId });
      loaded.current = null;
      activeJob.current = null;
      setState({ step: 'idle' });
      void client.invalidateQueries({ queryKey: opinionKeys.meeting(meetingId) });
      return record;
    } catch (error) {
      const apiError = apiErrorOf(error);
      setState({ ...state, busy: false, error: apiError });
      return apiError;
    }
  }, [state, meetingId, client]);

  return { state, start, repreview, cancel, dismiss, confirm };
}
