import { compileTypst } from './typst-compiler.js';

// A child process that typesets one booklet volume and exits: the typesetter keeps memory per
// process that only exiting gives back, and a volume of a large course is the biggest document.
process.once('message', (data: unknown) => {
  try {
    process.send?.({ pdf: compileTypst(data) }, () => process.exit(0));
  } catch (error) {
    process.send?.({ error: (error as Error).stack ?? String(error) }, () => process.exit(1));
  }
});
