import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** A list in the checkpoint before its first group title, in a checkpoint that has groups. */
export const checkpointListUngrouped: Rule = {
  code: 'checkpoint-list-ungrouped',
  severity: 'warning',
  summary: 'A list in the checkpoint before its first group title is not read as questions.',
  description:
    'The checkpoint\'s questions are read by group: each `###` heading, or a title in bold on a line of its own (`**Conceptual**`), starts one. A checkpoint with no group title at all is one group, titled as the checkpoint. In a checkpoint with groups, a list written before the first title belongs to none, so it is not read: its questions would be lost from every export without a word. Put it under a group title, or, if it is instructions rather than questions, move it out of the checkpoint (before its heading) or write it as a paragraph.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ checkpoint: '1. Name the two stores. See `02_explainer.md` §1.1.\n\n### Conceptual\n\n1. What does a registry add? See `02_explainer.md` §1.2.\n' }),
  },
  check: reportFindings,
};
