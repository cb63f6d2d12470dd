import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Both the app:// protocol and host mode serve the built renderer from one folder through this, so
 * a request can never reach another file on the disk, however it is spelled. Two checks, because
 * each misses what the other catches: the spelling check refuses `..`, NUL, backslashes, drive letters
 * and absolute paths before touching the disk; the resolved check follows symlinks and refuses a link
 * (or a linked folder) that leads out of the root.
 */

/** The segments of a percent-decoded URL path when each is a plain name, else null. */
export function plainPathSegments(decodedPath: string): string[] | null {
  if (decodedPath.includes('\0') || decodedPath.includes('\\')) return null;
  const relativePath = decodedPath.startsWith('/') ? decodedPath.slice(1) : decodedPath;
  if (relativePath.startsWith('/') || /^[a-zA-Z]:/.test(relativePath) || isAbsolute(relativePath))
    return null;
  const segments = relativePath === '' ? [] : relativePath.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  return segments;
}

/** True when `target` is strictly below `root` (both absolute). */
export function isStrictlyInside(root: string, target: string): boolean {
  const inside = relative(root, target);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

export interface ContainedFile {
  /** The file's real path, symlinks resolved. */
  path: string;
  size: number;
}

/** The regular file at `segments` under `root`, once its real path is known to be inside the root's real path. */
export async function containedFile(
  root: string,
  segments: readonly string[],
): Promise<ContainedFile | null> {
  try {
    const realRoot = await realpath(root);
    const candidate = resolve(realRoot, ...segments);
    if (!isStrictlyInside(realRoot, candidate)) return null;
    const real = await realpath(candidate);
    if (!isStrictlyInside(realRoot, real)) return null;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : null;
  } catch {
    return null;
  }
}
