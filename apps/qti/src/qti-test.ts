import type { Element } from 'xast';
import type { QtiDialect, QtiVersion } from './qti-version.js';
import { dialectOf } from './qti-version.js';
import { xmlDocument } from './xml-document.js';

/** One section of a test: a question group and the files of its items. */
export interface QtiTestSection {
  identifier: string;
  title: string;
  items: { identifier: string; href: string }[];
}

/** What a test is made of. */
export interface QtiTestSpec {
  identifier: string;
  title: string;
  sections: QtiTestSection[];
  /** Passing score as a fraction of MAXSCORE; adds a boolean PASS outcome when set. */
  passingScore: number | null;
}

function sumOf(d: QtiDialect, variable: string): Element {
  return d.el('sum', {}, [d.el('testVariables', { variableIdentifier: variable })]);
}

function floatValue(d: QtiDialect, value: number): Element {
  return d.el('baseValue', { baseType: 'float' }, [{ type: 'text', value: String(value) }]);
}

/** A QTI assessment test (the root element): one section per group; SCORE and MAXSCORE summed over its items. */
export function qtiTest(spec: QtiTestSpec, version: QtiVersion): Element {
  const d = dialectOf(version);
  const outcomes = [
    d.el('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' }),
    d.el('outcomeDeclaration', { identifier: 'MAXSCORE', cardinality: 'single', baseType: 'float' }),
  ];
  const processing = [d.el('setOutcomeValue', { identifier: 'SCORE' }, [sumOf(d, 'SCORE')]), d.el('setOutcomeValue', { identifier: 'MAXSCORE' }, [sumOf(d, 'MAXSCORE')])];
  if (spec.passingScore !== null) {
    outcomes.push(d.el('outcomeDeclaration', { identifier: 'PASS', cardinality: 'single', baseType: 'boolean' }));
    const threshold = d.el('product', {}, [d.el('variable', { identifier: 'MAXSCORE' }), floatValue(d, spec.passingScore)]);
    processing.push(d.el('setOutcomeValue', { identifier: 'PASS' }, [d.el('gte', {}, [d.el('variable', { identifier: 'SCORE' }), threshold])]));
  }
  const sections = spec.sections.map((s) =>
    d.el('assessmentSection', { identifier: s.identifier, title: s.title, visible: true }, s.items.map((i) => d.el('assessmentItemRef', { identifier: i.identifier, href: i.href }))),
  );
  const root = d.el('assessmentTest', { identifier: spec.identifier, title: spec.title }, [
    ...outcomes,
    d.el('testPart', { identifier: 'part-1', navigationMode: 'nonlinear', submissionMode: 'simultaneous' }, sections),
    d.el('outcomeProcessing', {}, processing),
  ]);
  root.attributes = { xmlns: d.itemNamespace, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': d.itemSchemaLocation, ...root.attributes };
  return root;
}

/** A test as the text of a QTI assessment test file. */
export function qtiTestXml(spec: QtiTestSpec, version: QtiVersion): string {
  return xmlDocument(qtiTest(spec, version));
}
