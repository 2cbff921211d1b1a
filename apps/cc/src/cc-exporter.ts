import type { FormatExporter } from '@coursepack/export-kit';
import { assembleCartridge, cartridgeModuleParts, exportCartridge } from './export-cartridge.js';

/** The `cc` format: one IMS Common Cartridge for the whole course (1.1, or 1.3 with `ccVersion`). */
export const ccExporter: FormatExporter = {
  name: 'cc',
  description: 'IMS Common Cartridge (.imscc) of the whole course: pages per module, checkpoint and recall assessments',
  exportCourse: (input, options) => exportCartridge(input, options),
  exportModuleParts: (module, input, options) => cartridgeModuleParts(module, input, options),
  assembleCourse: (course, readParts, options) => assembleCartridge(course, readParts, options),
};
