import { existsSync } from 'node:fs';

/**
 * Whether a missing external tool (schemas, chromium) must fail the tests instead of skipping them.
 * `.ci/run` sets COURSEPACK_REQUIRE_EXTERNAL=1 so that CI always runs every check.
 */
export const isExternalRequired = process.env['COURSEPACK_REQUIRE_EXTERNAL'] === '1';

function locate(variable: string, what: string, check: (path: string) => boolean): string | null {
  const value = process.env[variable];
  if (value && check(value)) return value;
  const reason = value ? `${variable}=${value} does not point at ${what}` : `${variable} is not set`;
  if (isExternalRequired) throw new Error(`${what} is required (COURSEPACK_REQUIRE_EXTERNAL=1) but ${reason}`);
  console.warn(`\n!!! SKIPPING tests that need ${what}: ${reason}. Run .ci/run or set ${variable}. !!!\n`);
  return null;
}

/** The folder of the official schemas with validate.sh (COURSEPACK_SCHEMAS), or null with a loud warning. */
export function findSchemas(): string | null {
  return locate('COURSEPACK_SCHEMAS', 'the official XSDs (shared/schemas with validate.sh)', (p) => existsSync(`${p}/validate.sh`));
}

/** A chromium binary (COURSEPACK_CHROMIUM), or null with a loud warning. */
export function findChromium(): string | null {
  return locate('COURSEPACK_CHROMIUM', 'a chromium binary', (p) => existsSync(p));
}
