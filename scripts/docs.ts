// Writes the actions' reference pages (docs/actions/) from their action.yml files and
// scripts/action-docs.yaml. With --check, writes nothing and fails naming each page that differs
// from a fresh generation (or is missing, or belongs to no action), as `npm run check-dist` does
// for dist/.
//
//   node --import tsx scripts/docs.ts [--check]
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ActionDocsError, DOCS_DIR, REPO_ROOT, generateDocs, staleDocs } from './action-docs.js';

const check = process.argv.includes('--check');

try {
  if (check) {
    const stale = await staleDocs(REPO_ROOT);
    if (stale.length > 0) {
      for (const file of stale) console.error(`stale: ${file}`);
      console.error(
        `::error title=check-docs::${DOCS_DIR}/ is not what the action.yml files generate: ${stale.join(', ')}. Run \`npm run docs\` and commit ${DOCS_DIR}/.`,
      );
      process.exit(1);
    }
    console.log(`${DOCS_DIR}/ is up to date`);
  } else {
    const pages = await generateDocs(REPO_ROOT);
    const stale = await staleDocs(REPO_ROOT);
    for (const file of stale) {
      if (!pages.has(file)) await rm(join(REPO_ROOT, file));
    }
    for (const [file, content] of pages) {
      await mkdir(dirname(join(REPO_ROOT, file)), { recursive: true });
      await writeFile(join(REPO_ROOT, file), content);
    }
    console.log(`wrote ${[...pages.keys()].join(', ')}`);
  }
} catch (error) {
  if (!(error instanceof ActionDocsError)) throw error;
  for (const line of error.message.split('\n')) console.error(`::error title=docs::${line}`);
  process.exit(1);
}
