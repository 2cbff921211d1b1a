import { expect, test } from 'vitest';
import { solidPng } from '@coursepack/test-kit';
import { imageFormat } from '../src/internal/image-format.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

test('PNG, GIF and JPEG are told by their signature, with the pixel size from their header', () => {
  expect(imageFormat(solidPng(300, 7))).toEqual({ extension: 'png', pixels: { width: 300, height: 7 } });
  expect(imageFormat(bytes('GIF89a', [0x2c, 0x01, 0x0a, 0x00], [0, 0, 0]))).toEqual({ extension: 'gif', pixels: { width: 300, height: 10 } });
  // SOI, an APP0 segment of 16 bytes, then a progressive SOF2 of 640 × 480.
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...new Array<number>(14).fill(0)];
  const sof2 = [0xff, 0xc2, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03];
  expect(imageFormat(bytes([0xff, 0xd8], app0, sof2))).toEqual({ extension: 'jpg', pixels: { width: 640, height: 480 } });
  // A DHT segment (C4) is not a frame header.
  const dht = [0xff, 0xc4, 0x00, 0x08, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06];
  expect(imageFormat(bytes([0xff, 0xd8], dht, sof2))?.pixels).toEqual({ width: 640, height: 480 });
});

test('WebP and SVG are printable, sized by Typst', () => {
  expect(imageFormat(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toEqual({ extension: 'webp', pixels: null });
  expect(imageFormat(bytes('<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ extension: 'svg', pixels: null });
});

test('anything else is not printable: PDF pages, text, a bare signature', () => {
  for (const other of [bytes('%PDF-1.7\n'), bytes('just words'), bytes([0x89, 0x50, 0x4e, 0x47]), bytes('<html><svg></svg></html>'), new Uint8Array()]) {
    expect(imageFormat(other)).toBeNull();
  }
});
