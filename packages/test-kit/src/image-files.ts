import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A real PNG of `width` × `height` pixels of one colour, so a browser test can tell it loaded (its natural width). */
export function solidPng(width: number, height: number, rgb: [number, number, number] = [40, 90, 160]): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = new Uint8Array(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = new Uint8Array(row.length * height);
  for (let y = 0; y < height; y++) raw.set(row, y * row.length);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

const REVIEW = `# 06. Module 1 Review — Pictures

## Embedded checkpoint

### Recall

1. Which curve rises? ![Two curves](img/curves.png)
   - [x] The left one
     > Right: it climbs. ![The rising curve](img/curves.png)
   - [ ] The right one

2. Name the stage shown here. ![A pipeline stage](../shared/stage%20one.png)

   Answer: build

## Completion gate

- [ ] I can read the diagram ![the diagram](img/flow.png).
`;

/**
 * A one-module course (`pics/`) whose markdown shows images from the content folder: in the
 * explainer, in a question's prompt and a choice's feedback, in a short-answer prompt from a
 * folder shared between modules (with a space in its name), in the completion gate; one image at
 * a full https address (never packaged); and one path with no file (`img/missing.png`, an
 * `image-missing` error that leaves the module exported). Images are real PNGs of known sizes.
 */
export const IMAGE_FILES: Record<string, string | Uint8Array> = {
  'pics/02_explainer.md': `# 02. Explainer

## 1. Flow

![The flow](img/flow.png "Data flows left to right")

### 1.1 Stages

![A pipeline stage][stage] and a remote picture ![remote](https://example.org/remote.png).

![Not there](img/missing.png)

[stage]: ../shared/stage%20one.png
`,
  'pics/06_revision.md': REVIEW,
  'pics/img/flow.png': solidPng(64, 24),
  'pics/img/curves.png': solidPng(40, 30, [200, 60, 60]),
  'shared/stage one.png': solidPng(16, 16, [60, 160, 60]),
};
