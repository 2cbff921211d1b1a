/** Result of decoding a file's bytes. */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; line: number; column: number; byteOffset: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decode UTF-8 (dropping a BOM), with every line ending made `\n`. On invalid bytes, report where
 * the first one is instead of producing replacement characters.
 *
 * Markdown reads `\r\n` and a lone `\r` as line endings too, but text cut from the source (a
 * prompt over two lines) would keep them: a file saved on Windows, or checked out there, would give
 * another model and other exports than the same file on Linux. Lines and columns stay as they were.
 */
export function decodeMarkdown(bytes: Uint8Array): DecodeResult {
  try {
    const text = decoder.decode(bytes);
    return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
  } catch {
    const byteOffset = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset));
    const lines = before.split(/\r\n|\r|\n/);
    return { ok: false, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, byteOffset };
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    if (i + need >= bytes.length) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] ?? 0;
      if (c < 0x80 || c > 0xbf) return i;
    }
    const next = bytes[i + 1] ?? 0;
    // Overlong and surrogate forms rejected by the decoder.
    if ((b === 0xe0 && next < 0xa0) || (b === 0xed && next > 0x9f) || (b === 0xf0 && next < 0x90) || (b === 0xf4 && next > 0x8f)) return i;
    i += need + 1;
  }
  return bytes.length;
}
