import { XMLParser } from 'fast-xml-parser';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';
import type { Element, ElementContent } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { qtiItem, qtiManifest } from '../src/index.js';
import { xmlDocument } from '../src/xml-document.js';
import { everyKindFiles } from './every-kind-course.js';

const build = await courseFromFiles(everyKindFiles);
const questions = build.course.modules.flatMap((m) => [...m.checkpoint.groups, ...m.recall.groups].flatMap((g) => g.questions));
const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: true, processEntities: true, htmlEntities: true });

// The reference serializer sees the tree without the indentation our serializer adds.
function withoutBlankText(node: Element): Element {
  const children = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '')).map((c): ElementContent => (c.type === 'element' ? withoutBlankText(c) : c));
  return { ...node, children };
}

describe('xmlDocument', () => {
  it.each(['2.1', '3.0'] as const)('writes QTI %s items that parse to the same tree as xast-util-to-xml output', (version) => {
    for (const q of questions) {
      const tree = qtiItem(q, { version });
      const ours = parser.parse(xmlDocument(tree));
      const reference = parser.parse(`<?xml version="1.0" encoding="UTF-8"?>\n${toXml(withoutBlankText(tree))}`);
      expect(ours).toEqual(reference);
    }
  });

  it('escapes markup characters in attributes and text, and drops characters XML cannot carry', () => {
    const manifest = qtiManifest([{ identifier: 'item-a', kind: 'item', href: 'items/a.xml', title: 'a "quoted" <b> & \u0007bell' }], { version: '2.1', identifier: 'm', toolVersion: '1 & 2' });
    const xml = xmlDocument(manifest);
    expect(xml).toContain('<imsmd:string>a &quot;quoted&quot; &lt;b&gt; &amp; bell</imsmd:string>');
    expect(xml).toContain('<imsqti:toolVersion>1 &amp; 2</imsqti:toolVersion>');
  });
});
