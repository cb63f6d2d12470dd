/**
 * What the page keeps on the phone. localStorage can be missing or throw (private mode in old Safari,
 * a full quota, a WeChat webview with storage off): then a map in memory keeps the page working until
 * it is closed.
 */
export interface KeyValue {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function memoryStore(): KeyValue {
  const map: Record<string, string> = {};
  return {
    get: (key) => (Object.prototype.hasOwnProperty.call(map, key) ? (map[key] ?? null) : null),
    set: (key, value) => {
      map[key] = value;
    },
    remove: (key) => {
      delete map[key];
    },
  };
}

/** The browser's storage behind a memory copy: a failing write never loses what the page already has. */
export function safeStore(storage: () => Storage | null | undefined): KeyValue {
  const memory = memoryStore();
  const local = (): Storage | null => {
    try {
      return storage() ?? null;
    } catch {
      return null;
    }
  };
  return {
    get(key) {
      const fromMemory = memory.get(key);
      if (fromMemory !== null) return fromMemory;
      try {
        return local()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        local()?.setItem(key, value);
      } catch {
        // Quota or disabled storage: the memory copy carries on for this visit.
      }
    },
    remove(key) {
      memory.remove(key);
      try {
        local()?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

export function readJson<T>(store: KeyValue, key: string, check: (value: unknown) => value is T): T | null {
  const raw = store.get(key);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return check(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeJson(store: KeyValue, key: string, value: unknown): void {
  store.set(key, JSON.stringify(value));
}
