import type { FormatExporter } from '@coursepack/export-kit';
import { UsageError } from '../usage-error.js';

/** Where each output format's exporter lives; loaded only when the format is asked for. */
const FORMATS: Record<string, { pkg: string; name: string }> = {
  scorm12: { pkg: '@coursepack/scorm', name: 'scorm12Exporter' },
  scorm2004: { pkg: '@coursepack/scorm', name: 'scorm2004Exporter' },
  qti12: { pkg: '@coursepack/qti12', name: 'qti12Exporter' },
  qti21: { pkg: '@coursepack/qti', name: 'qti21Exporter' },
  qti30: { pkg: '@coursepack/qti', name: 'qti30Exporter' },
  cc: { pkg: '@coursepack/cc', name: 'ccExporter' },
  moodle: { pkg: '@coursepack/moodle', name: 'moodleExporter' },
  gift: { pkg: '@coursepack/gift', name: 'giftExporter' },
  json: { pkg: '@coursepack/json', name: 'jsonExporter' },
  pdf: { pkg: '@coursepack/pdf', name: 'pdfExporter' },
};

/** The package of each format's exporter. */
export const FORMAT_PACKAGES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FORMATS).map(([format, { pkg }]) => [format, pkg]));

/** Every format name, in the order `all` builds them. */
export const FORMAT_NAMES = Object.keys(FORMATS);

/** Read a `--format` list (`scorm12,qti30` or `all`). */
export function readFormats(value: string | undefined): string[] {
  if (value === undefined) throw new UsageError(`--format is required: a comma-separated list of ${FORMAT_NAMES.join(', ')}, or all`);
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  // A misspelt name beside `all` is a mistake to hear about too, not one to drop.
  const unknown = names.filter((n) => n !== 'all' && !(n in FORMATS));
  if (unknown.length > 0) throw new UsageError(`unknown format ${unknown.map((u) => `\`${u}\``).join(', ')}; expected ${FORMAT_NAMES.join(', ')} or all`);
  if (names.includes('all')) return FORMAT_NAMES;
  if (names.length === 0) throw new UsageError('--format is empty');
  return [...new Set(names)];
}

/** Load the exporter of a format. */
export async function loadExporter(format: string): Promise<FormatExporter> {
  const where = FORMATS[format];
  if (!where) throw new UsageError(`unknown format \`${format}\``);
  const mod = (await import(where.pkg)) as Record<string, FormatExporter | undefined>;
  const exporter = mod[where.name];
  if (!exporter) throw new Error(`${where.pkg} does not export ${where.name}`);
  return exporter;
}
