import type { FormatExporter } from '@coursepack/export-kit';
import { textFile } from '@coursepack/export-kit';
import { assembleCourseXml } from './assemble-course-xml.js';
import { quizXml } from './quiz-xml.js';

/** Moodle XML question banks: `<module-id>.moodle.xml` per module and `course.moodle.xml`. */
export const moodleExporter: FormatExporter = {
  name: 'moodle',
  description: 'Moodle XML question banks (<module-id>.moodle.xml and course.moodle.xml)',
  exportModule: async (module, input) => {
    const { xml, diagnostics } = quizXml(input.course, [module]);
    return { files: [textFile(`${module.id}.moodle.xml`, xml)], diagnostics };
  },
  // The course file holds the same modules as the module files, whose export already reported
  // every notice; repeating them here would list each one twice.
  exportCourse: async (input) => ({ files: [textFile('course.moodle.xml', quizXml(input.course, input.course.modules).xml)], diagnostics: [] }),
  // Each module's own file is its part of the course file (no exportModuleParts needed).
  assembleCourse: async (course, readParts) => assembleCourseXml(course, readParts, quizXml(course, []).xml),
};
