import type { Io } from './io.js';
import { UsageError } from './usage-error.js';

/** A subcommand: runs with its arguments and returns the exit code. */
type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: { summary: 'check a content folder and report every problem', load: async () => (await import('./commands/validate.js')).validateCommand },
  build: { summary: 'validate and export to SCORM, QTI, CC, Moodle, GIFT, PDF, JSON', load: async () => (await import('./commands/build.js')).buildCommand },
  preview: { summary: 'serve a live preview of the learner player that reloads as you edit', load: async () => (await import('./commands/preview.js')).previewCommand },
  new: { summary: 'create a module: its six files, ready to fill in', load: async () => (await import('./commands/new.js')).newCommand },
  inspect: { summary: 'print the course model', load: async () => (await import('./commands/inspect.js')).inspectCommand },
  schema: { summary: 'print the JSON Schema of the course model', load: async () => (await import('./commands/schema.js')).schemaCommand },
};

/** The version of coursepack, as written into exports and cache keys. */
export const VERSION = '0.1.0';

function help(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`);
  return `coursepack ${VERSION} — markdown course modules to LMS packages\n\nUsage: coursepack <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nRun \`coursepack <command> --help\` for a command's options.\n`;
}

/**
 * Run the coursepack command line. Exit codes: 0 clean, 1 problems in the content,
 * 2 a usage mistake or a bug in coursepack (printed with a stack and a request to report it).
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`coursepack: unknown command \`${name}\`\n\n${help()}`);
    return 2;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`coursepack ${name}: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`coursepack ${name} failed: this is a bug in coursepack, please report it with the output below.\n${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
