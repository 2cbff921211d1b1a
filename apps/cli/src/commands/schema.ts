import { courseSchema } from '@coursepack/core';
import type { Io } from '../io.js';

/** `coursepack schema`: print the JSON Schema of the course model. */
export async function schemaCommand(_args: string[], io: Io): Promise<number> {
  io.stdout.write(`${JSON.stringify(courseSchema, null, 2)}\n`);
  return 0;
}
