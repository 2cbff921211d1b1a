// A backslash is a folder separator to zip tools and Windows, and XML cannot carry a control
// character: a package could not hold a name with either as it is.
const UNPORTABLE = /[\\\u0000-\u001f\u007f]/g;

/** Why a file or folder name cannot go into a package as it is, or null. */
export function unportableName(name: string): string | null {
  if (name.includes('\\')) return 'its name holds a backslash, which zip tools and Windows read as a folder separator';
  return portableName(name) === name ? null : 'its name holds a control character, which XML cannot carry';
}

/** The name with each character {@link unportableName} objects to made `-`. */
export function portableName(name: string): string {
  return name.replace(UNPORTABLE, '-');
}
