import type { Reference, Translate } from '@coursepack/core';
import { labelAround, sectionAnchor } from '@coursepack/core';
import type { Element } from 'hast';
import { h } from 'hastscript';

/** Page of the package that holds a module file, by file name (`02_explainer.md` → `explainer.html`). */
export type PageNames = ReadonlyMap<string, string>;

/** One link per referenced section range (or per file), opening the rendered page in a new window. */
export function referenceLinks(references: readonly Reference[], pages: PageNames): Element[] {
  const links: Element[] = [];
  for (const ref of references) {
    const page = pages.get(ref.file);
    const targets = ref.sections.length > 0 ? ref.sections.map((s) => ({ label: `${ref.file} ${s.raw}`, anchor: s.resolved[0] ?? s.from })) : [{ label: ref.file, anchor: null }];
    for (const t of targets) {
      const href = page ? (t.anchor ? `${page}#${sectionAnchor(t.anchor)}` : page) : null;
      links.push(href ? h('a', { href, target: '_blank', rel: 'noopener' }, t.label) : h('span', t.label));
    }
  }
  return links;
}

/** A "See:" list of reference links, or nothing when there are none. */
export function referenceList(references: readonly Reference[], pages: PageNames, t: Translate): Element[] {
  const links = referenceLinks(references, pages);
  if (links.length === 0) return [];
  return [h('p', { className: ['refs'] }, labelAround(t('see'), 'links', links.flatMap((a, i) => (i === 0 ? [a] : [', ', a]))))];
}
