/** A mistake in how the command was called (exit code 2, no stack trace). */
export class UsageError extends Error {
  override name = 'UsageError';
}
