import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { dateParts } from './live-figures';

/** A YYYY-MM-DD date in the language's own words ("2025 年 7 月 10 日"); "—" when there is none. */
export function useDateText(): (date: string | null | undefined) => string {
  const { t } = useTranslation();
  return useCallback(
    (date) => {
      const parts = date ? dateParts(date) : null;
      return parts ? t('liveProjector.date', parts) : '—';
    },
    [t],
  );
}
