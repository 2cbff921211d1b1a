import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitWhenOutputCloses } from '../src/exit-when-output-closes.js';

describe('output whose reader went away', () => {
  it('ends the process with code 0 on EPIPE from a real pipe whose reader stopped early', async () => {
    // A reader that takes the first chunk and leaves, as `head -c 1` does.
    const reader = spawn(process.execPath, ['-e', 'process.stdin.once("data", () => process.exit(0))'], { stdio: ['pipe', 'ignore', 'inherit'] });
    const exited = new Promise<number>((resolve) => exitWhenOutputCloses([reader.stdin], resolve));
    const chunk = 'x'.repeat(64 * 1024);
    const writing = setInterval(() => reader.stdin.writable && reader.stdin.write(chunk), 5);
    try {
      expect(await exited).toBe(0);
    } finally {
      clearInterval(writing);
    }
  });

  it('leaves any other error of the stream to fail as before', () => {
    const stream = new EventEmitter();
    const codes: number[] = [];
    exitWhenOutputCloses([stream], (code) => codes.push(code));
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(() => stream.emit('error', full)).toThrow(full);
    expect(codes).toEqual([]);
  });

  it('is set up for stdout and stderr by the coursepack binary, before any command runs', async () => {
    const bin = await readFile(path.resolve(import.meta.dirname, '../bin/coursepack.js'), 'utf8');
    expect(bin).toMatch(/exitWhenOutputCloses\(\[process\.stdout, process\.stderr\], [^\n]*process\.exit[^\n]*\);\nprocess\.exitCode = await main\(/);
  });
});
