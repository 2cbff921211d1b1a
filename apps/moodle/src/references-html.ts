import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Reference, Translate } from '@coursepack/core';
import { translator } from '@coursepack/core';
import { element, labelElement } from './internal/label-html.js';

/** The references of a question as a labelled HTML list (`02_explainer.md §1.3-§1.4, §2.1`); empty when none. */
export function referencesHtml(references: readonly Reference[], t: Translate = translator()): string {
  if (references.length === 0) return '';
  const items: Element[] = references.map((ref) => {
    const sections = ref.sections.map((s) => s.raw).join(', ');
    return element('li', [element('code', [{ type: 'text', value: ref.file }]), ...(sections === '' ? [] : [{ type: 'text' as const, value: ` ${sections}` }])]);
  });
  return toHtml({ type: 'root', children: [labelElement(t('references')), element('ul', items)] });
}
