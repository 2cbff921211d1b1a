// The file system's refusals (no permission, a full or read-only disk, a name too long for it)
// are for the user to fix, not bugs in coursepack.
const REFUSALS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EISDIR', 'EMFILE', 'ENFILE', 'ENAMETOOLONG', 'EIO']);

/** Whether an error is the file system refusing something the user can fix, rather than a bug. */
export function isFileSystemRefusal(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && REFUSALS.has(code);
}
