import type { ModuleContext } from './module-context.js';
import type { LinkCandidate } from './read-links.js';
import { assetHref } from './asset-file.js';
import { isDownloadType } from './download-type.js';
import { dirname, resolveUrl } from './resolve-reference.js';
import type { ModuleAsset, ModuleLink } from './types.js';

/** Where module folders are: by path and by folder name. */
export interface ModuleIndex {
  byDir: Map<string, string>;
  byName: Map<string, string>;
}

/**
 * Resolve a link relative to its file, then by module folder name anywhere in the course.
 * Links to other kinds of files (downloads: a name with an extension that is no module's) are not
 * module links: they go into the module's links to files, checked against the folder's listing.
 * Those of a type packages carry also go into `downloads`, and the tree links to where exporters
 * put them (`assets/…`); so does a link to an image the module shows (`shown`, by path), whatever
 * its type, since packages carry it as an image.
 */
export function readModuleLinks(candidates: LinkCandidate[], index: ModuleIndex, ctx: ModuleContext, shown: ReadonlyMap<string, ModuleAsset>, downloads: Map<string, ModuleAsset>): ModuleLink[] {
  const links: ModuleLink[] = [];
  for (const c of candidates) {
    const resolved = resolveUrl(c.href, c.place, ctx);
    if (resolved === null) continue;
    const last = resolved.split('/').pop() ?? '';
    let target = findByDir(resolved, index, ctx.config.wrapperFolders);
    if (target === null) target = index.byName.get(last) ?? null;
    if (target === null && /\.[a-z0-9]+$/i.test(last)) {
      ctx.files.push({ path: resolved, href: c.href, place: c.place });
      let carried = shown.get(resolved);
      if (!carried && isDownloadType(resolved)) {
        carried = downloads.get(resolved);
        if (!carried) downloads.set(resolved, (carried = { path: resolved, href: assetHref(resolved) }));
      }
      if (carried) {
        const hash = c.href.indexOf('#');
        c.retarget(hash < 0 ? carried.href : `${carried.href}${c.href.slice(hash)}`);
      }
      continue;
    }
    if (target === null) {
      ctx.findings.push({ code: 'link-missing-module', message: `\`${c.href}\` links to a module that does not exist (no module folder \`${last || resolved}\` in the course)`, place: c.place, module: ctx.moduleId });
    }
    links.push({ href: c.href, text: c.text, target, place: c.place });
  }
  return links;
}

function findByDir(path: string, index: ModuleIndex, wrappers: string[]): string | null {
  const exact = index.byDir.get(path);
  if (exact !== undefined) return exact;
  const last = path.split('/').pop() ?? '';
  return wrappers.includes(last) ? (index.byDir.get(dirname(path)) ?? null) : null;
}
