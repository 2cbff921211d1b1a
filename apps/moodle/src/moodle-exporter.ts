import type { Module } from '@coursepack/core';
import type { FormatExporter } from '@coursepack/export-kit';
import { exportNotice, textFile, withoutPageLinks } from '@coursepack/export-kit';
import { assembleCourseXml } from './assemble-course-xml.js';
import { quizXml } from './quiz-xml.js';

const noQuestions = (module: Module) =>
  exportNotice('moodle-no-questions', 'info', `Module ${module.id} has no question Moodle XML can carry, so no question bank was written for it (Moodle refuses to import a file without questions)`, module.place, module.id);

/** Moodle XML question banks: `<module-id>.moodle.xml` per module and `course.moodle.xml`, each only when it holds a question. */
export const moodleExporter: FormatExporter = {
  name: 'moodle',
  description: 'Moodle XML question banks (<module-id>.moodle.xml and course.moodle.xml)',
  exportModule: async (module, input) => {
    // A question bank carries no pages: links in questions to the module's pages are made inert;
    // those to files it can embed (downloads, images) lead to the embedded file.
    const { xml, diagnostics, questions } = quizXml(input.course, [withoutPageLinks(module, input.course, input.assets)], input.assets);
    // Without a question, what the bank leaves out is all of the module: one notice says so.
    if (questions === 0) return { files: [], diagnostics: [...diagnostics.filter((d) => d.code !== 'moodle-questions-only'), noQuestions(module)] };
    return { files: [textFile(`${module.id}.moodle.xml`, xml)], diagnostics };
  },
  // The course file holds the same modules as the module files, whose export already reported
  // every notice; repeating them here would list each one twice.
  exportCourse: async (input) => {
    const { xml, questions } = quizXml(input.course, input.course.modules.map((m) => withoutPageLinks(m, input.course, input.assets)), input.assets);
    return { files: questions === 0 ? [] : [textFile('course.moodle.xml', xml)], diagnostics: [] };
  },
  // Each module's own file is its part of the course file (no exportModuleParts needed).
  assembleCourse: async (course, readParts) => assembleCourseXml(course, readParts, () => quizXml(course, []).xml),
};
