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

/**
 * The browser's storage, with a memory copy for each key whose last write failed (or all keys when
 * there is no storage): a failing write never loses what the page already has, and a second tab's
 * writes are still read from storage rather than from a stale copy.
 */
export function safeStore(storage: () => Storage | null | undefined): KeyValue {
  const memory = memoryStore();
  const unsaved: Record<string, true> = {};
  const local = (): Storage | null => {
    try {
      return storage() ?? null;
    } catch {
      return null;
    }
  };
  return {
    get(key) {
      if (unsaved[key]) return memory.get(key);
      try {
        const backing = local();
        return backing ? backing.getItem(key) : memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        const backing = local();
        if (!backing) throw new Error('no storage');
        backing.setItem(key, value);
        delete unsaved[key];
      } catch {
        // Quota or disabled storage: the memory copy carries on for this visit.
        unsaved[key] = true;
      }
    },
    remove(key) {
      memory.remove(key);
      delete unsaved[key];
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
