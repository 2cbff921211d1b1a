import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
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

  it('lets the coursepack binary stop quietly, code 0, when its reader leaves (`inspect --json | head`)', async () => {
    const repo = path.resolve(import.meta.dirname, '../../..');
    // A shell pipe, as users write it: the model is far larger than the pipe holds, and `head` leaves after 10 bytes.
    const script = 'node "$1" inspect "$2" --json | head -c 10 > /dev/null; echo "exit ${PIPESTATUS[0]}" >&2';
    const child = spawn('bash', ['-c', script, 'pipe', path.join(repo, 'apps/cli/bin/coursepack.js'), path.join(repo, 'content')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('exit 0\n');
  });
});
