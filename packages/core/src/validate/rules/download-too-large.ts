import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule, explainerWith } from './_example.js';

const CSV = (rows: number) => `week,topic\n${Array.from({ length: rows }, (_, i) => `${i + 1},registries and their many versions`).join('\n')}\n`;

/** A download is read, and packaged, only up to a size. */
export const downloadTooLarge: Rule = {
  code: 'download-too-large',
  severity: 'error',
  summary: 'A file a module links to (a download) must be no larger than `maxDownloadSize` (20 MiB unless the configuration says otherwise).',
  description:
    "SCORM packages, the cartridge and the JSON export carry each file a module's pages link to, such as `[the data](files/weeks.csv)`, so one large file makes every package a learner or an admin downloads that much larger, and many LMSs cap the size of an upload. A file over the limit is not read at all. Make the file smaller, host it where learners can reach it and link to its full address (`https://…`), or raise `maxDownloadSize` in `coursepack.config.json`. The module is not exported until it is fixed.",
  examples: {
    pass: { ...exampleModule({ explainer: explainerWith('Read [the data](files/weeks.csv) first.'), extra: { 'm1/files/weeks.csv': CSV(3) } }), 'coursepack.config.json': '{ "maxDownloadSize": 1024 }' },
    fail: { ...exampleModule({ explainer: explainerWith('Read [the data](files/weeks.csv) first.'), extra: { 'm1/files/weeks.csv': CSV(40) } }), 'coursepack.config.json': '{ "maxDownloadSize": 1024 }' },
  },
  check: reportFindings,
};
