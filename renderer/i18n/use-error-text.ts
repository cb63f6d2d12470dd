import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api';

/**
 * Services answer in Chinese. In Chinese mode that message is shown as is; in English the code's
 * translated meaning leads and the original follows, so nothing the service said is hidden.
 */
export function useErrorText(): (error: ApiError) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: ApiError) => {
      if (i18n.language === 'zh-CN') return error.message;
      const generic = t(`errors.${error.code}`);
      const detail = error.details?.map((d) => d.message).join('; ');
      return detail ? `${generic} (${error.message}: ${detail})` : `${generic} (${error.message})`;
    },
    [t, i18n.language],
  );
}
