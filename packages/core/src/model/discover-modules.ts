import type { RawFile } from '../load/content-source.js';
import type { CourseConfig } from './config.js';
import { dirname } from './resolve-reference.js';
import type { FileRole } from './types.js';
import { portableName } from './portable-name.js';

/** A module folder and its role files, before any is parsed. */
export interface ModuleFolder {
  id: string;
  /** Folder of the module relative to the root ('' for the root itself). */
  dir: string;
  files: { raw: RawFile; role: FileRole; name: string }[];
}

const ROLE_FILE = /^\d+_(.+)\.md$/i;

/** The role a file name gives, or null when it names none. */
export function roleOf(name: string, config: CourseConfig): FileRole | null {
  const stem = ROLE_FILE.exec(name)?.[1]?.toLowerCase();
  if (!stem) return null;
  for (const [role, stems] of Object.entries(config.roles) as [FileRole, string[]][]) if (stems.includes(stem)) return role;
  return null;
}

/**
 * The role of the file at `path` and the folder of the module it belongs to ('' for the root): its
 * own folder, or the parent of a wrapper folder (`extended_notes/`). Null when its name gives no role.
 */
export function placeInModule(path: string, config: CourseConfig): { role: FileRole; dir: string } | null {
  const role = roleOf(path.split('/').pop() ?? path, config);
  if (role === null) return null;
  const dir = dirname(path);
  return { role, dir: config.wrapperFolders.includes(dir.split('/').pop() ?? '') ? dirname(dir) : dir };
}

/** Group role files into modules; a wrapper folder (`extended_notes/`) belongs to its parent. */
export function discoverModules(files: readonly RawFile[], rootName: string, config: CourseConfig): ModuleFolder[] {
  const byDir = new Map<string, ModuleFolder>();
  for (const raw of files) {
    const name = raw.path.split('/').pop() ?? raw.path;
    const found = placeInModule(raw.path, config);
    if (found === null) continue;
    const { role, dir } = found;
    let module = byDir.get(dir);
    if (!module) {
      // Folders with such names were skipped when listed (`file-name-unportable`); the content
      // folder itself is the author's to place anywhere, so its name is made usable instead.
      module = { id: dir === '' ? portableName(rootName) : (dir.split('/').pop() ?? dir), dir, files: [] };
      byDir.set(dir, module);
    }
    module.files.push({ raw, role, name });
  }
  return [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}
