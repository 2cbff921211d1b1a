import { spawnSync } from 'node:child_process';

/** Result of running the official schemas' validate.sh. */
export interface XmlValidation {
  ok: boolean;
  output: string;
}

/**
 * Validate a file, folder or zip with `<schemas>/validate.sh` (xmllint offline with a catalog).
 * `kind` forces a schema (`--as qti21-cp-profile`); without it the kind comes from the namespace.
 */
export function validateXml(schemas: string, target: string, kind?: string): XmlValidation {
  const args = kind ? ['--as', kind, target] : [target];
  const run = spawnSync(`${schemas}/validate.sh`, args, { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
