import path from 'node:path';
import type { Io } from '../io.js';
import { parseOptions, readContentPath } from '../parse-options.js';
import type { PreviewSite } from '../preview/load-preview-site.js';
import { startPreview } from '../preview/start-preview.js';
import { formatStylish } from '../report/format-stylish.js';
import { relativeDiagnostics } from '../report/relative-diagnostics.js';
import { UsageError } from '../usage-error.js';
import { checkFolder } from './check-folder.js';

/** The port the preview listens on unless `--port` says otherwise. */
export const DEFAULT_PREVIEW_PORT = 4321;

const HELP = `Usage: coursepack preview [path] [options]

Serve the learner player of every module on this machine, and reload open pages as the content
changes. The index page lists the modules and their problems; a module with errors is shown too.
Nothing is written to disk.

Options:
  --port <n>   port to listen on (default ${DEFAULT_PREVIEW_PORT}; 0 picks a free one)
  --host <h>   address to listen on (default 127.0.0.1, this machine only)
  -h, --help   show this help

Stop it with Ctrl-C.
`;

function readPort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PREVIEW_PORT;
  const port = Number(value);
  if (value.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a whole number from 0 to 65535 (0 picks a free port)');
  return port;
}

// Why the server could not listen, when the user can fix it.
function listenProblem(code: unknown, port: number, host: string): string | null {
  if (code === 'EADDRINUSE') return `port ${port} is already in use on ${host}; choose another with --port, or --port 0 for a free one`;
  if (code === 'EACCES') return `not allowed to listen on port ${port}; choose a port above 1023 with --port`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot listen on --host \`${host}\`: it is not an address of this machine`;
  return null;
}

/** `coursepack preview`: serve a live preview of the learner player until interrupted. */
export async function previewCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const port = readPort(values.port);
  const host = values.host ?? '127.0.0.1';
  const target = readContentPath(positionals);
  const root = path.resolve(io.cwd, target);
  await checkFolder(root, target);
  const report = (site: PreviewSite) => io.stderr.write(formatStylish(relativeDiagnostics(site.diagnostics, root, io.cwd), io.isTty === true));

  const preview = await startPreview({
    root,
    port,
    host,
    onReload(site) {
      io.stdout.write(`Reloaded ${site.title} after a change${site.diagnostics.length === 0 ? ', no problems' : ''}\n`);
      report(site);
    },
    onError(error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code === 'string') io.stderr.write(`coursepack preview: ${(error as Error).message}; still serving the last version\n`);
      else io.stderr.write(`coursepack preview: reloading failed: this is a bug in coursepack, please report it with the output below.\n${(error as Error).stack ?? String(error)}\n`);
    },
  }).catch((error: unknown) => {
    const problem = listenProblem((error as NodeJS.ErrnoException).code, port, host);
    throw problem ? new UsageError(problem) : error;
  });
  report(preview.site());
  io.stdout.write(`Previewing ${preview.site().title} at ${preview.url}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await preview.close();
  return 0;
}
