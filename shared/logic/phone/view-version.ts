/**
 * A short fingerprint of what a phone sees, so a poll can tell "nothing changed" without comparing
 * the whole view. Two 32-bit FNV-1a hashes (different offsets): not a security measure, only a
 * change marker, where a collision would at worst delay one redraw until the next change.
 */
export function viewVersion(content: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < content.length; i += 1) {
    const code = content.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return `${a.toString(36)}-${b.toString(36)}-${content.length.toString(36)}`;
}
