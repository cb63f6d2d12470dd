import type { KeyValue } from './storage';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** 24 characters of 64: 144 random bits, inside PhoneId's and PhoneClientId's 16–64 [A-Za-z0-9_-]. */
const LENGTH = 24;

export type RandomBytes = (count: number) => Uint8Array;

/** crypto.getRandomValues where the browser has it (every target does over plain HTTP), else Math.random. */
export function browserRandomBytes(): RandomBytes {
  const cryptoObject: Crypto | undefined =
    typeof window !== 'undefined' ? (window.crypto ?? (window as { msCrypto?: Crypto }).msCrypto) : undefined;
  return (count) => {
    const bytes = new Uint8Array(count);
    try {
      if (cryptoObject && typeof cryptoObject.getRandomValues === 'function') {
        cryptoObject.getRandomValues(bytes);
        return bytes;
      }
    } catch {
      // Fall through to Math.random below.
    }
    for (let i = 0; i < count; i += 1) bytes[i] = Math.floor(Math.random() * 256);
    return bytes;
  };
}

export function randomId(random: RandomBytes): string {
  const bytes = random(LENGTH);
  let id = '';
  // 256 is a multiple of 64: the low six bits of a uniform byte are uniform.
  for (let i = 0; i < LENGTH; i += 1) id += ALPHABET.charAt((bytes[i] ?? 0) & 63);
  return id;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
export const PHONE_ID_KEY = 'rbd.phone.id';

/** Made once and kept: the phone's one vote per question and per report part hangs on it. */
export function phoneId(store: KeyValue, random: RandomBytes): string {
  const kept = store.get(PHONE_ID_KEY);
  if (kept !== null && ID_PATTERN.test(kept)) return kept;
  const made = randomId(random);
  store.set(PHONE_ID_KEY, made);
  return made;
}
