// Regenerate docs/rules/ from the rules themselves (run after `npm run build`).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { renderRuleDocs } from 'coursepack';

const dir = new URL('../docs/rules/', import.meta.url);
await mkdir(dir, { recursive: true });
const pages = await renderRuleDocs();
for (const name of await readdir(dir)) if (!pages.has(name)) await rm(new URL(name, dir));
for (const [name, text] of pages) await writeFile(new URL(name, dir), text);
console.log(`wrote ${pages.size} pages to docs/rules/`);
