/**
 * A Moodle question-category path below the course (`$course$/a/b`). Moodle splits paths on `/`
 * and reads `//` as a slash inside a name, so slashes in names are doubled; a name cannot start or
 * end with one, and line breaks would end a GIFT `$CATEGORY:` line.
 */
export function categoryPath(names: readonly string[]): string {
  const parts = names.map((name) =>
    name
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\/+|\/+$/g, '')
      .replace(/\//g, '//'),
  );
  return ['$course$', ...parts.map((p) => (p === '' ? '-' : p))].join('/');
}
