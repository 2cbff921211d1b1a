import type { Place } from './types.js';

/** A problem noticed while building the model; a rule of the same code turns it into a diagnostic. */
export interface Finding {
  code: string;
  message: string;
  place: Place;
  module: string | null;
  related?: { message: string; place: Place };
}
