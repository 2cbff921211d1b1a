import { courseSchema } from '@coursepack/core';
import type { Io } from '../io.js';
import { parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';

const HELP = `Usage: coursepack schema

Print the JSON Schema of the course model that \`coursepack inspect --json\` prints.

Options:
  -h, --help   show this help
`;

/** `coursepack schema`: print the JSON Schema of the course model. */
export async function schemaCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  // The schema does not depend on a course: a path here is a mistake, not something to ignore.
  if (positionals.length > 0) throw new UsageError(`takes no arguments; \`${positionals.join(' ')}\` is left over`);
  io.stdout.write(`${JSON.stringify(courseSchema, null, 2)}\n`);
  return 0;
}
