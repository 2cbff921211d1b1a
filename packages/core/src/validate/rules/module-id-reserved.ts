import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { modulesNamed } from './_example.js';

/** No module folder takes the name the course-level files are named after. */
export const moduleIdReserved: Rule = {
  code: 'module-id-reserved',
  severity: 'error',
  summary: 'A module folder cannot be named `course` (or `course.schema`), in any letter case.',
  description:
    "A module's exports are named after its folder (`<module>.json`, `<module>.moodle.xml`, `<module>.zip`), and the course-level files beside them are named `course` (`course.json`, `course.schema.json`, `course.moodle.xml`, `course.zip`): a module of that name would overwrite them. Letter case does not help, because macOS and Windows ignore it in file names. Rename the folder, for example to `course_intro`. A content folder named `course` that is itself the one module (its files at the top, no module folders) is fine: that module takes the id `course-module`, so its files are `course-module.json` and so on.",
  examples: {
    pass: modulesNamed('course_intro'),
    fail: modulesNamed('Course'),
  },
  check: reportFindings,
};
