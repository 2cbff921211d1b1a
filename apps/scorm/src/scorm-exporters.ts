import type { FormatExporter } from '@coursepack/export-kit';
import type { ScormVersion } from '@coursepack/player';
import { assembleScormCourse, exportScormCourse, scormCourseParts } from './export-scorm-course.js';
import { exportScormModule } from './export-scorm-module.js';

function scormExporter(name: string, version: ScormVersion): FormatExporter {
  return {
    name,
    description: `SCORM ${version === '1.2' ? '1.2' : '2004 4th edition'} package per module (with --scorm-course, one for the course)`,
    exportModule: (module, input) => exportScormModule(module, input, { version }),
    exportCourse: (input, options) => exportScormCourse(input, { version, scormCourse: options.scormCourse === true }),
    exportModuleParts: async (module, input, options) => (options.scormCourse ? (await scormCourseParts(module, input, { version })).files : []),
    assembleCourse: async (course, readParts, options) => (options.scormCourse ? assembleScormCourse(course, readParts, { version }) : { files: [], diagnostics: [] }),
  };
}

/** SCORM 1.2 exporter (`--format scorm12`). */
export const scorm12Exporter: FormatExporter = scormExporter('scorm12', '1.2');

/** SCORM 2004 4th edition exporter (`--format scorm2004`). */
export const scorm2004Exporter: FormatExporter = scormExporter('scorm2004', '2004');
