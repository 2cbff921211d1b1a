import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { modulesNamed } from './_example.js';

/** Module folder names are unique in a course. */
export const moduleDuplicateId: Rule = {
  code: 'module-duplicate-id',
  severity: 'error',
  summary: 'Module folder names must be unique in a course, ignoring letter case.',
  description: "A module's id is its folder name; it names its exports and resolves links between modules. Names that differ only in letter case (`Intro` and `intro`) count as the same, because macOS and Windows ignore case in file names and the two modules' exports would overwrite each other there. Rename one of the folders.",
  examples: {
    pass: modulesNamed('a/m1', 'b/m2'),
    fail: modulesNamed('a/m1', 'b/m1'),
  },
  check: reportFindings,
};
