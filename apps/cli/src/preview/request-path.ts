/** A request's path, read safely (see {@link requestPath}). */
export interface RequestPath {
  /** Each segment percent-decoded, without empty ones (`/m1//a` has `m1` and `a`). */
  segments: string[];
  /** Whether the path ends with a slash (a folder: `/m1/` rather than `/m1`). */
  isFolder: boolean;
}

/**
 * A request target's path, or null when it could lead anywhere but down into the served files:
 * malformed escapes, a `.` or `..` segment (written or escaped), or a NUL, backslash or slash once
 * decoded. The target is read as it came, not through a URL parser, which would resolve `..` first.
 */
export function requestPath(target: string): RequestPath | null {
  const end = target.search(/[?#]/);
  const raw = end === -1 ? target : target.slice(0, end);
  if (!raw.startsWith('/')) return null;
  const segments: string[] = [];
  for (const piece of raw.split('/')) {
    if (piece === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(piece);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[\0\\/]/.test(segment)) return null;
    segments.push(segment);
  }
  return { segments, isFolder: raw.endsWith('/') };
}
