import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** A `##` section of the review page that coursepack does not recognise holds a list, a table or a numbered question it reads for nothing. */
export const reviewSectionUnread: Rule = {
  code: 'review-section-unread',
  severity: 'info',
  summary: 'A review page section with a list, a table or a numbered question that is none of the sections coursepack reads.',
  description:
    'The review page is read by its `##` sections: review loop, reflection prompts, checkpoint, self-evaluation and completion gate, each recognised by a title its heading is or begins with. A section under any other title stays on the page, but its lists, tables and questions numbered as paragraphs (`**1. …**`) are read for nothing: if it is meant as one of those sections (a checkpoint titled `## Quiz`, say), title it as such or add its title to `sections` in `coursepack.config.json`; if it is extra material, nothing needs to change.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ gate: '- [ ] I can explain the registry without notes.\n\n## Quiz\n\n1. What does a registry add?\n' }),
  },
  check: reportFindings,
};
