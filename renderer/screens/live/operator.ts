import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The console operator's name, kept per window (two consoles, two names) and sent with every change. */
const OPERATOR_KEY = 'rbd.operator';

function loadName(): string {
  try {
    return window.localStorage.getItem(OPERATOR_KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

export function useOperatorName(): { name: string; setName: (name: string) => void } {
  const { t } = useTranslation();
  const [stored, setStored] = useState(loadName);
  const setName = useCallback((name: string) => {
    const trimmed = name.trim().slice(0, 50);
    setStored(trimmed);
    try {
      window.localStorage.setItem(OPERATOR_KEY, trimmed);
    } catch {
      // Only this window's next load forgets the name.
    }
  }, []);
  return { name: stored || t('live.operator.default'), setName };
}
