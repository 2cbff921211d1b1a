// The file types a package carries when a module's page links to them, by extension. Packages are
// served from the LMS's own site, so a file a browser would open as a page (HTML, SVG, XML, and
// anything it would have to guess the type of) could run scripts with that site's rights: only
// types browsers show as a document, play, or save are carried.
const DOCUMENTS = ['pdf', 'txt', 'rtf', 'epub', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'key', 'numbers', 'pages'];
const DATA = ['csv', 'tsv', 'json', 'jsonl', 'ndjson', 'yaml', 'yml', 'toml', 'ini', 'log', 'parquet', 'sqlite', 'db'];
const CODE = ['ipynb', 'py', 'r', 'rmd', 'jl', 'sql', 'sh', 'ps1', 'js', 'mjs', 'ts', 'java', 'kt', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'go', 'rs', 'rb', 'php', 'swift', 'scala', 'hs', 'lua', 'pl', 'tf', 'proto', 'graphql', 'patch', 'diff'];
const ARCHIVES = ['zip', 'gz', 'tgz', 'tar', 'bz2', 'xz', '7z'];
const MEDIA = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'mp3', 'wav', 'ogg', 'oga', 'm4a', 'flac', 'mp4', 'm4v', 'webm', 'ogv', 'mov', 'srt', 'vtt'];

/** The extensions of the files packages carry as downloads (lower case, without the dot). */
export const DOWNLOAD_EXTENSIONS: readonly string[] = [...DOCUMENTS, ...DATA, ...CODE, ...ARCHIVES, ...MEDIA];
const DOWNLOAD_TYPES: ReadonlySet<string> = new Set(DOWNLOAD_EXTENSIONS);

/** The extension of a path's last segment, lower-cased, without the dot; '' when it has none. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Whether packages carry a file of the content folder that a module's page links to (a download),
 * told from its name: documents, data, code, archives, pictures and media. Pages and anything that
 * can hold a script once opened on its own (`.html`, `.svg`, `.xml`) are not carried, nor is a file
 * whose type a browser would have to guess.
 */
export function isDownloadType(path: string): boolean {
  return DOWNLOAD_TYPES.has(extensionOf(path));
}
