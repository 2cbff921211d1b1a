/** The image files a printout's data shows (a sheet's image runs), each once, in order of use. */
export function shownFiles(data: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(data)) for (const item of data) shownFiles(item, into);
  else if (data !== null && typeof data === 'object') {
    const run = data as { style?: unknown; file?: unknown };
    if (run.style === 'image') {
      if (typeof run.file === 'string') into.add(run.file);
    } else for (const value of Object.values(data)) shownFiles(value, into);
  }
  return into;
}
