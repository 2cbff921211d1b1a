import type { Module } from '@coursepack/core';
import type { FormatExporter } from '@coursepack/export-kit';
import { exportNotice, textFile, withoutPageLinks } from '@coursepack/export-kit';
import { moduleGift } from './module-gift.js';

const noQuestions = (module: Module) =>
  exportNotice('gift-no-questions', 'info', `Module ${module.id} has no question GIFT can carry, so no GIFT file was written for it (Moodle refuses to import a file without questions)`, module.place, module.id);

/** Moodle GIFT text: `<module-id>.gift` per module that has a question. */
export const giftExporter: FormatExporter = {
  name: 'gift',
  description: 'Moodle GIFT question text (<module-id>.gift)',
  exportModule: async (module, input) => {
    // GIFT carries questions only: links in them to the module's files are made inert.
    const { text, diagnostics, questions } = moduleGift(input.course, withoutPageLinks(module, input.course));
    // Without a question, what the file leaves out is all of the module: one notice says so.
    if (questions === 0) return { files: [], diagnostics: [...diagnostics.filter((d) => d.code !== 'gift-questions-only'), noQuestions(module)] };
    return { files: [textFile(`${module.id}.gift`, text)], diagnostics };
  },
};
