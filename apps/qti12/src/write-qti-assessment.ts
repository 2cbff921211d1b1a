import { exportNotice } from '@coursepack/export-kit';
import type { Diagnostic, QuestionGroup, Translate } from '@coursepack/core';
import { appendQtiItem } from './append-qti-item.js';
import { newXmlDocument, serializeXml, type XmlNode } from './internal/xml-node.js';
import type { QtiProfile, QtiWriteContext } from './qti-profile.js';
import { qtiIdent } from './qti-ident.js';

/** A QTI 1.2 assessment to write: its groups become sections. */
export interface QtiAssessment {
  ident: string;
  title: string;
  groups: readonly QuestionGroup[];
}

/** Options of {@link writeQtiAssessment}. */
export interface QtiAssessmentOptions {
  profile: QtiProfile;
  /** Id of the module the questions belong to (for diagnostics). */
  module: string;
  /** Schema location of the QTI namespace (the CC version's profile for cartridges). */
  schemaLocation?: string;
  /** Where an image of the item HTML points in the package, from its `src` in the model; without it, sources stay. */
  imageSrc?: (src: string) => string;
  /** Where a link of the item HTML leads in the package, from its `href` in the model; without it, links stay. */
  linkHref?: (href: string) => string;
  /** Prints the course's labels (the grader's notes); English without it. */
  t?: Translate;
}

/** An assessment written as XML, with notices about what the dialect drops. */
export interface QtiWritten {
  xml: string;
  diagnostics: Diagnostic[];
}

const QTI_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const CANVAS_SCHEMA = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd';

function field(parent: XmlNode, label: string, entry: string): void {
  const f = parent.ele('qtimetadatafield');
  f.ele('fieldlabel').txt(label);
  f.ele('fieldentry').txt(entry);
}

// A `questestinterop` document with its namespace and schema location.
function qtiRoot(schemaLocation: string = CANVAS_SCHEMA): { doc: XmlNode; root: XmlNode } {
  const doc = newXmlDocument();
  const root = doc.ele(QTI_NS, 'questestinterop', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${QTI_NS} ${schemaLocation}`,
  });
  return { doc, root };
}

/**
 * Write an assessment. Canvas: a root section holding one section per group (a Canvas question
 * group that picks every question). CC: the profile allows one flat section, so group titles
 * move into the item titles.
 */
export function writeQtiAssessment(assessment: QtiAssessment, options: QtiAssessmentOptions): QtiWritten {
  const ctx: QtiWriteContext = { profile: options.profile, module: options.module, diagnostics: [] };
  if (options.imageSrc) ctx.imageSrc = options.imageSrc;
  if (options.linkHref) ctx.linkHref = options.linkHref;
  if (options.t) ctx.t = options.t;
  const { doc, root } = qtiRoot(options.schemaLocation);
  const node = root.ele('assessment', { ident: assessment.ident, title: assessment.title });
  const md = node.ele('qtimetadata');
  if (ctx.profile === 'cc') {
    field(md, 'cc_profile', 'cc.exam.v0p1');
    field(md, 'qmd_assessmenttype', 'Examination');
    field(md, 'qmd_scoretype', 'Percentage');
    field(md, 'qmd_feedbackpermitted', 'Yes');
    field(md, 'qmd_hintspermitted', 'No');
    field(md, 'qmd_solutionspermitted', 'Yes');
  }
  field(md, 'cc_maxattempts', 'unlimited');
  const rootSection = node.ele('section', { ident: 'root_section' });
  for (const group of assessment.groups) {
    if (group.questions.length === 0) continue;
    if (ctx.profile === 'cc') {
      for (const q of group.questions) appendQtiItem(rootSection, q, `${group.title} ${q.number}`, ctx);
      continue;
    }
    const section = rootSection.ele('section', { ident: qtiIdent(`${assessment.ident}.${group.id}`), title: group.title });
    const selection = section.ele('selection_ordering').ele('selection');
    selection.ele('selection_number').txt(String(group.questions.length));
    const points = new Set(group.questions.map((q) => q.points));
    const [only] = points;
    // Canvas gives every question of a group the same points; write them only when they agree.
    if (points.size === 1 && only !== undefined) selection.ele('selection_extension').ele('points_per_item').txt(String(only));
    else ctx.diagnostics.push(exportNotice('canvas-group-points-differ', 'info', `Questions of group "${group.title}" carry different points; Canvas may give every question of the group the same points`, group.place, ctx.module));
    for (const q of group.questions) appendQtiItem(section, q, `${group.title} ${q.number}`, ctx);
  }
  return { xml: serializeXml(doc), diagnostics: ctx.diagnostics };
}
