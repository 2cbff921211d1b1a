/** An output stream as far as {@link exitWhenOutputCloses} needs it (`process.stdout`, `process.stderr`). */
export interface ClosableOutput {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * End the process quietly, with exit code 0, when the reader of its output goes away
 * (`coursepack inspect --json | head`): writing into a pipe closed at the other end fails with
 * EPIPE, which Node otherwise raises as an unhandled error with a stack trace and exit code 1,
 * the code that means problems in the content. A reader that stopped early is no failure, as most
 * command-line tools agree. Any other error of the streams is left to fail as before.
 */
export function exitWhenOutputCloses(streams: readonly ClosableOutput[], exit: (code: number) => void): void {
  for (const stream of streams) {
    stream.on('error', (error) => {
      if (error.code !== 'EPIPE') throw error;
      exit(0);
    });
  }
}
