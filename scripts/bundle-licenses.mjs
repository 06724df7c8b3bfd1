// The third-party licences of a bundle, from what webpack put in it (ncc's --stats-out): every
// module's nearest package.json names its package, licence and directory, where the licence's
// text is. ncc's own --license writes one file per chunk under one name, so that with chunks
// (the lazily loaded OpenPGP.js, the xz decoder) only the last chunk's packages were listed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The source files of a webpack stats file's modules, concatenated ones included. */
function resources(stats) {
  const out = new Set();
  const walk = (module) => {
    // `loader!loader!/path/to/file.ts|hash`: the resource is after the last `!`.
    const id = module.identifier ?? '';
    const resource = id.slice(id.lastIndexOf('!') + 1).split('|')[0];
    if (resource.startsWith('/')) out.add(resource);
    for (const inner of module.modules ?? []) walk(inner);
  };
  for (const module of stats.modules ?? []) walk(module);
  for (const chunk of stats.chunks ?? []) for (const module of chunk.modules ?? []) walk(module);
  return out;
}

function nearestPackage(file, root) {
  for (let dir = dirname(file); dir.startsWith(root) && dir !== root; dir = dirname(dir)) {
    const path = join(dir, 'package.json');
    if (!existsSync(path)) continue;
    const json = JSON.parse(readFileSync(path, 'utf8'));
    // A nested package.json with no name (a "type" marker) is not the package.
    if (typeof json.name === 'string') return { dir, json };
  }
  return undefined;
}

function licenceOf(json) {
  if (typeof json.license === 'string') return json.license;
  if (typeof json.license?.type === 'string') return json.license.type;
  const first = Array.isArray(json.licenses) ? json.licenses[0] : undefined;
  return typeof first?.type === 'string' ? first.type : undefined;
}

function licenceText(dir) {
  const file = readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying)/i.test(f))
    .sort()[0];
  // Blank lines around it dropped, the first line's indent kept (Apache's title is centred).
  return file === undefined
    ? undefined
    : readFileSync(join(dir, file), 'utf8')
        .replace(/^(\s*\n)+/, '')
        .trimEnd();
}

/** The packages (name → entry) whose code the stats files' modules hold; not `root`'s own. */
export function bundledPackages(statsFiles, root) {
  const packages = new Map();
  for (const statsFile of statsFiles) {
    for (const file of resources(JSON.parse(readFileSync(statsFile, 'utf8')))) {
      const found = nearestPackage(file, root);
      if (!found || packages.has(found.json.name)) continue;
      packages.set(found.json.name, {
        licence: licenceOf(found.json),
        text: licenceText(found.dir),
      });
    }
  }
  return packages;
}

/** licenses.txt: each package's name, licence and licence text, by name (as ncc writes it). */
export function licencesFile(packages) {
  return `${[...packages]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, { licence, text }]) => [name, licence, text].filter(Boolean).join('\n'))
    .join('\n\n')}\n`;
}
