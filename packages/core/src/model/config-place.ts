import { CONFIG_FILE_NAME } from './config.js';
import type { ConfigProblem } from './read-config.js';
import type { Place } from './types.js';

/** A JSON pointer step for an object key or array index (RFC 6901: `~` and `/` escaped). */
export function pointerStep(key: string): string {
  return `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Where in the text each value of a valid JSON document sits, by pointer: from its key (if any) to the value's end. */
function valueSpans(text: string): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++;
  };
  const readString = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (pointer: string, start: number): void => {
    skipSpace();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      for (let index = 0; ; index++) {
        skipSpace();
        if (text[i] === '}' || text[i] === ']') break;
        const memberStart = i;
        let step = pointerStep(String(index));
        if (c === '{') {
          step = pointerStep(readString());
          skipSpace();
          i++; // the colon
        }
        readValue(`${pointer}${step}`, memberStart);
        skipSpace();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '"') readString();
    else while (i < text.length && /[^\s,\]}]/.test(text[i] as string)) i++;
    spans.set(pointer, { start, end: i });
  };
  skipSpace();
  readValue('', i);
  return spans;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where a configuration problem is in `coursepack.config.json`: the member its pointer names
 * (`"passingScore": 80`), the character JSON could not parse, or the start of the file.
 */
export function placeOfConfigProblem(text: string, problem: ConfigProblem): Place {
  let span: { start: number; end: number } | undefined;
  if (problem.offset !== undefined) span = { start: problem.offset, end: Math.min(problem.offset + 1, text.length) };
  else if (problem.pointer !== '') {
    try {
      span = valueSpans(text).get(problem.pointer);
    } catch {
      // Text JSON.parse accepted always scans; should it not, the file itself is the place.
    }
  }
  if (!span) return { file: CONFIG_FILE_NAME, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const start = lineAndColumn(text, span.start);
  const end = lineAndColumn(text, span.end);
  return { file: CONFIG_FILE_NAME, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
