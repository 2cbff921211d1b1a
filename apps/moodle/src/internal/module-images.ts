import type { Module, ModuleAsset } from '@coursepack/core';
import type { AssetLookup } from '@coursepack/export-kit';
import { linkableFiles, linkedFile, moduleFiles, packageHref, rewriteLinks } from '@coursepack/export-kit';
import { toHtml } from 'hast-util-to-html';
import { replaceAssetImages } from '../replace-asset-images.js';

/** A file (an image, or one a link leads to) as Moodle XML embeds it: its folder (`/pics/img/`) and name in the text's file area. */
export interface MoodleFile {
  path: string;
  name: string;
  /** What the HTML shows it from: `@@PLUGINFILE@@/` and the path, percent-encoded. */
  url: string;
  bytes: Uint8Array;
}

/**
 * The files a module's texts can embed: its assets (images), the files its links may lead to (see
 * `linkableFiles`) by href, and a file for each of them that has bytes, by path.
 */
export interface ModuleImages {
  assets: Module['assets'];
  linked: ReadonlyMap<string, ModuleAsset>;
  files: ReadonlyMap<string, MoodleFile>;
}

// Moodle stores a file under its name cleaned by PARAM_FILE (and each folder of its path by the
// same rule), silently dropping control characters and & < > " ` | ' : \ /, which would leave the
// HTML pointing at a name that is not there; they become `_` here instead.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f&<>"`|':\\/]/g;
const safeSegment = (segment: string): string => (segment === '.' || segment === '..' ? '_' : segment.replace(UNSAFE, '_'));

/**
 * The Moodle file of each of a module's assets and downloads that has bytes, by its path, placed
 * at the same path in the text's file area (`shared/stage one.png` → `/shared/` + `stage one.png`).
 * Two files whose cleaned names meet are told apart by a number before the extension, in the
 * module's order (images first), so a module's bank is the same whichever file holds it.
 */
export function moduleImages(module: Pick<Module, 'assets'> & Partial<Pick<Module, 'downloads'>>, assets: AssetLookup | undefined): ModuleImages {
  const files = new Map<string, MoodleFile>();
  const taken = new Set<string>();
  for (const asset of moduleFiles(module)) {
    const bytes = assets?.get(asset.path);
    if (!bytes) continue;
    const segments = asset.path.split('/').map(safeSegment);
    const folder = segments.slice(0, -1);
    const path = `/${folder.map((s) => `${s}/`).join('')}`;
    const name = unusedName(path, segments.at(-1) ?? '_', taken);
    const url = `@@PLUGINFILE@@/${packageHref([...folder, name].join('/'))}`;
    files.set(asset.path, { path, name, url, bytes });
  }
  return { assets: module.assets, linked: linkableFiles(module, assets), files };
}

function unusedName(path: string, name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(path + candidate); n++) candidate = `${stem}-${n}${extension}`;
  taken.add(path + candidate);
  return candidate;
}

/**
 * A text's HTML with each image of the module that has bytes shown from its embedded file, each
 * link to a file it carries leading there (fragment kept), and those files in order of first use,
 * each once. An image without bytes keeps its `src`.
 */
export function embedImages(html: string, images: ModuleImages): { html: string; files: MoodleFile[] } {
  const files: MoodleFile[] = [];
  const use = (file: MoodleFile): string => {
    if (!files.includes(file)) files.push(file);
    return file.url;
  };
  let embedded = replaceAssetImages(html, images.assets, ({ asset, element }) => {
    const file = images.files.get(asset.path);
    if (!file) return null;
    return toHtml({ ...element, properties: { ...element.properties, src: use(file) } });
  });
  if (images.linked.size > 0 && embedded.includes('<a ')) {
    embedded = rewriteLinks(embedded, (href) => {
      const { file, fragment } = linkedFile(href);
      const target = images.linked.get(file);
      const embeddedFile = target && images.files.get(target.path);
      return embeddedFile ? `${use(embeddedFile)}${fragment}` : href;
    });
  }
  return { html: embedded, files };
}
