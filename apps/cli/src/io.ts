/** Where a command writes, and from where it resolves relative paths. */
export interface Io {
  cwd: string;
  stdout: { write: (text: string) => unknown };
  stderr: { write: (text: string) => unknown };
  /** Whether stdout is a terminal (colours in stylish output). */
  isTty?: boolean;
}
