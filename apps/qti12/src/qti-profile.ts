import type { Diagnostic, Translate } from '@coursepack/core';

/** Which dialect of QTI 1.2 to write: Canvas's import format, or the IMS CC 1.1 QTI 1.2.1 profile. */
export type QtiProfile = 'canvas' | 'cc';

/** What the item writer needs besides the question. */
export interface QtiWriteContext {
  profile: QtiProfile;
  /** Id of the module the questions belong to (for diagnostics). */
  module: string;
  /** Notices about what the target format cannot carry are pushed here. */
  diagnostics: Diagnostic[];
  /** Where an image of the item HTML points in the package, from its `src` in the model; without it, sources stay. */
  imageSrc?: (src: string) => string;
  /** Where a link of the item HTML leads in the package, from its `href` in the model; without it, links stay. */
  linkHref?: (href: string) => string;
  /** Prints the course's labels (the grader's notes); English without it. */
  t?: Translate;
}
