// `npm run bench`: every benchmark in turn, or those named (`npm run bench -- operand`).
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const all = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
for (const name of wanted.length > 0 ? wanted : all) {
  if (!all.includes(name)) throw new Error(`no benchmark ${name}; there are: ${all.join(', ')}`);
  console.log(`\n# bench/${name}.ts\n`);
  await import(`./${name}.ts`);
}
