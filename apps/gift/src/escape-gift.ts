import { stripInvalidXmlChars } from '@coursepack/export-kit';

/**
 * Text made safe inside GIFT: `\`, `~`, `=`, `#`, `{`, `}` and `:` get a backslash, line breaks
 * become `\n` (a blank line would end the question), and control characters Moodle's XML cannot
 * hold are dropped.
 */
export function escapeGift(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}
