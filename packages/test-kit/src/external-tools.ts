import { existsSync } from 'node:fs';

/**
 * Whether a missing external tool (schemas, chromium) must fail the tests instead of skipping them.
 * `.ci/run` sets COURSEPACK_REQUIRE_EXTERNAL=1 so that CI always runs every check.
 */
export const isExternalRequired = process.env['COURSEPACK_REQUIRE_EXTERNAL'] === '1';

function locate(variable: string, what: string, check: (path: string) => boolean, fallback?: string): string | null {
  const value = process.env[variable] ?? (fallback && check(fallback) ? fallback : undefined);
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

/** Where Debian's fonts-dejavu-core puts the font that covers Georgian, Armenian, Hebrew and Arabic. */
const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/**
 * A font file with scripts the bundled PDF fonts lack, for tests of fonts a course adds
 * (COURSEPACK_TEST_FONT, else DejaVu Sans where Debian installs it), or null with a loud warning.
 * Tests copy it into the content folders they make; no font is kept in the repository.
 */
export function findTestFont(): string | null {
  return locate('COURSEPACK_TEST_FONT', 'DejaVu Sans (Debian package fonts-dejavu-core)', (p) => existsSync(p), DEJAVU_SANS);
}
