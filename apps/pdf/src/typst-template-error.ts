/** Raised when the fixed template fails to compile: a bug of ours, never an author mistake. */
export class TypstTemplateError extends Error {
  override name = 'TypstTemplateError';
}
