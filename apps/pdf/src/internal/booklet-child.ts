import { compileTypst } from './typst-compiler.js';

// A child process that typesets one booklet volume and exits: a volume of 25 modules takes up to
// about 200 MB of the typesetter's memory, which only exiting gives back. Measured here (with
// volumes of 50), typesetting a 1000-module course's volumes in worker threads of the build's own
// process instead took its peak to 1083 MB; one child at a time kept the build at 605 MB.
process.once('message', (message: { data: unknown; files: [string, Uint8Array][]; fonts: Uint8Array[] }) => {
  try {
    process.send?.({ pdf: compileTypst(message.data, new Map(message.files), message.fonts) }, () => process.exit(0));
  } catch (error) {
    process.send?.({ error: (error as Error).stack ?? String(error) }, () => process.exit(1));
  }
});
