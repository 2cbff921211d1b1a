/** One markdown file as read from disk, before decoding. */
export interface RawFile {
  /** Path relative to the content root, POSIX separators. */
  path: string;
  /** The bytes, or null when the file was not read (see `issue`). */
  bytes: Uint8Array | null;
  size: number;
  /** Why the file was not read: over the size limit, or left out of this unit of work. */
  issue: 'too-large' | 'not-loaded' | null;
}

/** Something found while reading the folder that the author should hear about. */
export interface LoadIssue {
  kind: 'symlink-outside-root' | 'unreadable';
  path: string;
  detail: string;
}

/** What a content folder holds: the input of `buildCourse`. */
export interface ContentSource {
  /** Name of the content folder (the default course title). */
  name: string;
  files: RawFile[];
  /** Text of `coursepack.config.json`, or null when absent. */
  configText: string | null;
  issues: LoadIssue[];
}
