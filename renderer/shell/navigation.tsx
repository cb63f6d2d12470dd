import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** `console`: the presenter console of the current meeting, full window without the side menu. */
export type Screen = 'meetings' | 'workbench' | 'projects' | 'settings' | 'console';
const SCREENS: readonly Screen[] = ['meetings', 'workbench', 'projects', 'settings', 'console'];

interface Place {
  screen: Screen;
  meetingId: string | null;
}

interface Navigation extends Place {
  go: (screen: Screen, meetingId?: string | null) => void;
}

/*
 * Navigation lives in state and sessionStorage, not in the URL: host mode carries its session token in
 * the URL fragment, and a hash router would overwrite it (a reload would then be locked out).
 */
const STORAGE_KEY = 'rbd.place';

function loadPlace(): Place {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (raw) {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object') {
        const { screen, meetingId } = parsed as Record<string, unknown>;
        if (SCREENS.includes(screen as Screen)) {
          return { screen: screen as Screen, meetingId: typeof meetingId === 'string' ? meetingId : null };
        }
      }
    }
  } catch {
    // A damaged or unavailable session store just means starting at the list.
  }
  return { screen: 'meetings', meetingId: null };
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [place, setPlace] = useState<Place>(loadPlace);
  const go = useCallback((screen: Screen, meetingId?: string | null) => {
    setPlace((current) => {
      const next = { screen, meetingId: meetingId === undefined ? current.meetingId : meetingId };
      try {
        window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Not fatal: only a reload would forget where the user was.
      }
      return next;
    });
  }, []);
  const value = useMemo(() => ({ ...place, go }), [place, go]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}
