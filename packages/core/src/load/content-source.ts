/** One markdown file as read from disk, before decoding. */
export interface RawFile {
  /** Path relative to the content root, POSIX separators. */
  path: string;
  /** The bytes, or null when the file was not read (see `issue`). */
  bytes: Uint8Array | null;
  size: number;
  /**
   * Why the file has no bytes: over the size limit, left out of this unit of work, or it could not
   * be read when its turn came (removed since the folder was listed, or no permission).
   */
  issue: 'too-large' | 'not-loaded' | 'unreadable' | null;
}

/** Something found while reading the folder that the author should hear about. */
export interface LoadIssue {
  kind: 'symlink-outside-root' | 'unreadable' | 'unportable-name';
  path: string;
  detail: string;
}

/** What a content folder holds: the input of `buildCourse`. */
export interface ContentSource {
  /** Name of the content folder (the default course title). */
  name: string;
  files: RawFile[];
  /**
   * Paths of the folder's other files (images, downloads), listed and never read. Absent when not
   * known, as for a source made in memory: image paths are then not checked.
   */
  otherFiles?: string[];
  /** Text of `coursepack.config.json`, or null when absent. */
  configText: string | null;
  issues: LoadIssue[];
}
