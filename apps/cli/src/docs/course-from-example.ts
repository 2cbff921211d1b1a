import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CourseBuild, ExampleFiles } from '@coursepack/core';
import { loadCourse } from '@coursepack/core';

/** Build a rule's example as a real content folder in a temporary directory. */
export async function courseFromExample(files: ExampleFiles): Promise<CourseBuild> {
  const root = await mkdtemp(path.join(tmpdir(), 'coursepack-example-'));
  try {
    for (const [rel, content] of Object.entries(files)) {
      const file = path.join(root, rel);
      await mkdir(path.dirname(file), { recursive: true });
      if (typeof content === 'object' && 'symlink' in content) await symlink(content.symlink, file);
      else await writeFile(file, content);
    }
    return await loadCourse(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
