import path from 'node:path';
import type { Diagnostic } from '@coursepack/core';
import type { Io } from '../io.js';
import { VERSION } from '../main.js';
import { runValidate } from '../build/run-validate.js';
import { parseOptions, readJobs } from '../parse-options.js';
import { relativeDiagnostics } from '../report/relative-diagnostics.js';
import { readReportFormat, renderReport } from '../report/write-report.js';
import { UsageError } from '../usage-error.js';
import { checkFolder } from './check-folder.js';

const HELP = `Usage: coursepack validate [paths…] [options]

Check content folders and report every problem in every file in one run.

Options:
  --format <f>        stylish (default), json, github (workflow annotations), sarif (SARIF 2.1.0)
  --max-warnings <n>  exit 1 when there are more than n warnings
  --jobs <n>          processes checking modules at once (default: one per core when there are
                      more than 8 modules)
  -h, --help          show this help

Exit status: 0 clean, 1 errors (or warnings over the limit), 2 usage or internal error.
`;

/** `coursepack validate`: report every problem in every file of the given content folders. */
export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string' },
    'max-warnings': { type: 'string' },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = readReportFormat(values.format);
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new UsageError('--max-warnings must be a whole number');
  if (maxWarnings < 0) throw new UsageError('--max-warnings must not be negative');
  const jobs = readJobs(values.jobs);

  const diagnostics: Diagnostic[] = [];
  for (const target of positionals.length > 0 ? positionals : ['.']) {
    const root = path.resolve(io.cwd, target);
    await checkFolder(root, target);
    // Module by module, each read just before it is checked: a large course is never held whole.
    diagnostics.push(...relativeDiagnostics(await runValidate(root, { jobs, toolVersion: VERSION }), root, io.cwd));
  }
  io.stdout.write(renderReport(format, diagnostics, VERSION, io.isTty === true));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}
