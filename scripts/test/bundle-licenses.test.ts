/**
 * Each bundle's licenses.txt (scripts/bundle-licenses.mjs) lists the packages whose code it
 * holds, chunks and worker bundles included: checked against webpack's own marks in the code
 * (`MODULE: ./node_modules/<package>/…`), and, for the chunks ncc once left out, by name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const bundles = readdirSync(DIST).filter((d) => existsSync(join(DIST, d, 'index.js')));

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return f.endsWith('.js') ? [path] : [];
  });
}

/** The packages licenses.txt lists: each entry's first line. */
function listed(bundle: string): Set<string> {
  const text = readFileSync(join(DIST, bundle, 'licenses.txt'), 'utf8');
  const names = new Set<string>();
  let first = true;
  for (const line of text.split('\n')) {
    if (first && line !== '') names.add(line);
    first = line === '';
  }
  return names;
}

describe('licenses.txt', () => {
  it.each(bundles)('of %s lists every package webpack marks in its code', (bundle) => {
    const marked = new Set<string>();
    for (const file of jsFiles(join(DIST, bundle))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/MODULE: \.\/node_modules\/((?:@[^/]+\/)?[^/\s]+)\//g)) {
        marked.add(m[1]!);
      }
    }
    const names = listed(bundle);
    expect([...marked].filter((p) => !names.has(p))).toEqual([]);
  });

  it.each(['cli', 'extension', 'build'])(
    'of %s lists the lazily loaded OpenPGP.js and xz decoder, and the licence texts',
    (bundle) => {
      const names = listed(bundle);
      expect(names).toContain('openpgp');
      expect(names).toContain('xz-decompress');
      expect(names).toContain('yaml');
      const text = readFileSync(join(DIST, bundle, 'licenses.txt'), 'utf8');
      expect(text).toContain('GNU LESSER GENERAL PUBLIC LICENSE');
    },
  );
});
