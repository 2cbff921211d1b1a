import { placeOfFile } from '../parse/source-file.js';
import type { ModuleFolder } from './discover-modules.js';
import type { Finding } from './finding.js';

/**
 * Module ids that course-level files are named after (`course.json`, `course.schema.json`,
 * `course.moodle.xml`, `course.zip`): a module of such a name would write its own files over
 * them. In the form {@link fileNameKey} gives.
 */
const RESERVED_MODULE_IDS: readonly string[] = ['course', 'course.schema'];

/**
 * The id of a module that is the content folder itself when the folder's name is reserved: a
 * course kept in `course/` is common, and its one module has no folder name of its own to change.
 */
function rootModuleId(name: string): string {
  return `${name}-module`;
}

/**
 * Longest module id, in UTF-8 bytes. Exports add up to 14 bytes to it (`-worksheet.pdf`), and a
 * build stages each under a temporary name 20 bytes longer still, within the 255 that file
 * systems allow a name.
 */
export const MAX_MODULE_ID_BYTES = 200;

const encoder = new TextEncoder();

// Characters Windows refuses in a file name, and the device names it reserves whatever follows a dot.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\.|$)/i;

/** Why Windows could not hold a file named after `id`, or null. */
function windowsProblem(id: string): string | null {
  const forbidden = WINDOWS_FORBIDDEN.exec(id);
  if (forbidden) return `holds \`${forbidden[0]}\`, which Windows does not allow in a file name`;
  if (WINDOWS_DEVICE.test(id)) return 'is a device name that Windows reserves';
  if (/[. ]$/.test(id)) return 'ends with a dot or a space, which Windows drops from a file name';
  return null;
}

/** A file name as file systems that ignore letter case and Unicode form (macOS, Windows) compare it. */
function fileNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * The module folders a course builds, in their order: every folder but those whose name is
 * reserved or repeats an earlier one's (ignoring case and Unicode form, as exports named after
 * them would collide), which are reported instead. The content folder itself, when it is a module
 * and its name is reserved, takes the id `<name>-module`.
 */
export function selectModuleFolders(found: readonly ModuleFolder[]): { folders: ModuleFolder[]; findings: Finding[] } {
  const folders: ModuleFolder[] = [];
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const listed of found) {
    const folder = listed.dir === '' && RESERVED_MODULE_IDS.includes(fileNameKey(listed.id)) ? { ...listed, id: rootModuleId(listed.id) } : listed;
    const place = placeOfFile(folder.files[0]?.raw.path ?? folder.dir);
    const key = fileNameKey(folder.id);
    const first = seen.get(key);
    const size = encoder.encode(folder.id).length;
    if (size > MAX_MODULE_ID_BYTES) {
      const shown = [...folder.id].slice(0, 40).join('');
      findings.push({ code: 'module-id-too-long', message: `The module folder name \`${shown}…\` is ${size} bytes long; its exports are named after it (\`<name>-worksheet.pdf\`, …), and file systems allow 255 bytes to a name, so keep it to ${MAX_MODULE_ID_BYTES}`, place, module: folder.id });
    } else if (RESERVED_MODULE_IDS.includes(key)) {
      findings.push({ code: 'module-id-reserved', message: `A module folder cannot be named \`${folder.id}\`: the course-level files are named after it (course.json, course.moodle.xml, course.zip, …) and this module's own files would overwrite them; rename the folder`, place, module: folder.id });
    } else if (first === undefined) {
      seen.set(key, folder.id);
      folders.push(folder);
      const problem = windowsProblem(folder.id);
      if (problem) {
        findings.push({ code: 'module-id-not-portable', message: `The module folder name \`${folder.id}\` ${problem}; its exports are named after it (\`${folder.id}.zip\`, …), so they cannot be unpacked or copied there: rename the folder if anyone will handle them on Windows`, place, module: folder.id });
      }
    } else if (first === folder.id) {
      findings.push({ code: 'module-duplicate-id', message: `Two module folders are named \`${folder.id}\`; module folder names must be unique in a course`, place, module: folder.id });
    } else {
      findings.push({ code: 'module-duplicate-id', message: `Module folders \`${first}\` and \`${folder.id}\` are one name where file names ignore letter case (macOS, Windows), so their exports would overwrite each other there; rename one of them`, place, module: folder.id });
    }
  }
  return { folders, findings };
}
