/**
 * The fields a patch actually names. A field the caller left out arrives as `undefined` after
 * validation and must not blank the stored value when spread over it.
 */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
