import path from 'node:path';
import type { Course } from '@coursepack/core';
import { loadCourse } from '@coursepack/core';
import type { Io } from '../io.js';
import { parseOptions, readContentPath } from '../parse-options.js';
import { relativeDiagnostics } from '../report/relative-diagnostics.js';
import { formatStylish } from '../report/format-stylish.js';
import { checkFolder } from './check-folder.js';

const HELP = `Usage: coursepack inspect [path] [options]

Print the course model of a content folder.

Options:
  --json       print the model as JSON (the field names are a stable contract)
  --positions  include source positions (\`place\`) in the JSON
  -h, --help   show this help
`;

/** `coursepack inspect`: print the model, as JSON or as a readable outline. */
export async function inspectCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, positions: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const target = readContentPath(positionals);
  const root = path.resolve(io.cwd, target);
  await checkFolder(root, target);
  const build = await loadCourse(root);
  if (values.json) {
    const keep = values.positions === true;
    io.stdout.write(`${JSON.stringify(build.course, (key, value: unknown) => (!keep && key === 'place' ? undefined : value), 2)}\n`);
  } else {
    io.stdout.write(outline(build.course));
    io.stderr.write(formatStylish(relativeDiagnostics(build.diagnostics, root, io.cwd)));
  }
  return build.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

function outline(course: Course): string {
  const lines = [`${course.title} — ${course.modules.length} module${course.modules.length === 1 ? '' : 's'}`];
  for (const m of course.modules) {
    lines.push(`\n${m.id}  ${m.title}`);
    for (const g of m.checkpoint.groups) {
      lines.push(`  ${g.title}`);
      for (const q of g.questions) lines.push(`    ${q.id.padEnd(24)} ${q.kind.padEnd(10)} ${String(q.points).padStart(5)} pt  ${q.prompt.text.split('\n')[0]?.slice(0, 70) ?? ''}`);
    }
    if (m.rubric) lines.push(`  Rubric: ${m.rubric.criteria.map((c) => `${c.label} /${c.max ?? '?'}`).join(', ')} = ${m.rubric.total ?? '?'}`);
    if (m.gate.length > 0) lines.push(`  Gate: ${m.gate.length} item${m.gate.length === 1 ? '' : 's'}`);
    const recall = m.recall.groups.reduce((n, g) => n + g.questions.length, 0);
    if (recall > 0) lines.push(`  Daily recall: ${recall} question${recall === 1 ? '' : 's'} in ${m.recall.groups.length} groups`);
    // The files its packages carry beside its pages.
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    if (m.assets.length + m.downloads.length > 0) lines.push(`  Files: ${count(m.assets.length, 'image')}, ${count(m.downloads.length, 'download')}${m.downloads.length > 0 ? ` (${m.downloads.map((d) => d.path).join(', ')})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
