// C0 controls other than tab and line feed, and DEL: never meaningful in prose, and many
// targets (XML 1.0, PDF fonts, LMS importers) reject them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text without control characters (tab, line feed and carriage return stay). */
export function cleanText(text: string): string {
  return text.replace(CONTROL, '');
}
