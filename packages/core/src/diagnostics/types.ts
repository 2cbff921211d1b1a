import type { Place } from '../model/types.js';

/** How bad a diagnostic is: errors stop a module from being exported. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found in the content, modelled on vfile-message. */
export interface Diagnostic {
  /** Permanent kebab-case rule id. */
  code: string;
  severity: Severity;
  /** One sentence: what is wrong and what was expected. */
  message: string;
  place: Place;
  /** The rule's documentation page. */
  url: string;
  /** Id of the module the problem belongs to, when it belongs to one. */
  module: string | null;
  /** A second place that explains the first ("first defined here"). */
  related: { message: string; place: Place } | null;
}
