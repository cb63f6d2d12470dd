/** 3 × 16 Ki bytes: a multiple of 3, so each chunk encodes to base64 without padding in the middle. */
const CHUNK = 3 * 16 * 1024;

/**
 * A file's bytes as base64, encoded chunk by chunk: each chunk becomes one short binary string for
 * btoa, and the pieces are joined once, so a 50 MB sheet never builds a string a byte at a time.
 */
export async function readFileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, Math.min(start + CHUNK, bytes.length));
    parts.push(btoa(String.fromCharCode(...chunk)));
  }
  return parts.join('');
}

/** A job id for imports.preview / imports.cancel / 'imports.progress'. */
export function newJobId(): string {
  return `j${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}
