/**
 * A batch: many packages, one image each, in one run that shares the indexes, the `.deb`
 * downloads and the minimal image's package set. `postgresql-{major}-*` names every package of
 * the archive that matches, for each major and distribution; a list (the front ends read a
 * file of templates) names them one by one.
 *
 * A package that another matched package of the same source depends on is part of that one's
 * image, not an image of its own: postgis's `-scripts` package holds the control files its
 * module package needs.
 */
import type { Config } from '@pgforge/config';
import { renderTemplate } from '@pgforge/config';
import { byPlatform } from '@pgforge/platform';
import { distributionSources, type ViewOf } from '@pgforge/package-view';
import type { PostgresVersionSpec } from '@pgforge/versions';
import { ExtensionOptionsError } from './errors.js';
import { installedOn } from './resolve.js';
import { dependencyNames, loadArchSources, type AptReader } from './sources.js';

/** A glob names packages: `*` stands for any run of the characters a package name has. */
export const isGlob = (template: string): boolean => template.includes('*');

export function isBatch(options: { packages?: string[]; batch?: boolean }): boolean {
  return options.batch === true || (options.packages ?? []).some(isGlob);
}

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** The packages of `names` a glob template matches, as templates again (`{major}` put back). */
export function matchGlob(template: string, major: number, names: Iterable<string>): string[] {
  const rendered = renderTemplate(template, { major: String(major) });
  const pattern = new RegExp(`^${rendered.split('*').map(escape).join('([a-z0-9+.-]*)')}$`);
  const out: string[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const parts = template.split('*');
    out.push(
      parts.map((part, i) => part + (i < parts.length - 1 ? (m[i + 1] ?? '') : '')).join(''),
    );
  }
  return out;
}

export async function batchPackages(
  options: { packages?: string[] },
  config: Config,
  specs: readonly PostgresVersionSpec[],
  apt: AptReader,
  views: ViewOf,
): Promise<string[]> {
  const templates = options.packages ?? [];
  const globs = templates.filter(isGlob);
  const out = new Set(templates.filter((t) => !isGlob(t)));
  if (globs.length === 0) return [...out];
  const [platform] = config.platforms;
  if (!platform)
    throw new ExtensionOptionsError('platforms', 'a batch needs one platform at least');
  const architecture = byPlatform(platform).debianArchitecture;
  for (const distribution of config.distributions) {
    const view = await views(distribution);
    const sources = distributionSources(config, distribution, {
      view: view.repositories,
      previewMajors: [],
    });
    const arch = await loadArchSources(apt, sources, architecture, installedOn(view, architecture));
    const names = new Set(arch.indexes.flatMap(({ index }) => [...index.names()]));
    for (const spec of specs) {
      const matched = new Map<string, string>();
      for (const glob of globs) {
        for (const template of matchGlob(glob, spec.major, names)) {
          matched.set(renderTemplate(template, { major: String(spec.major) }), template);
        }
      }
      // What another matched package of its source depends on goes into that one's image.
      const stanzas = [...matched.keys()].map((name) => ({
        name,
        pkg: arch.indexes.map(({ index }) => index.newest(name)).find((p) => p !== undefined),
      }));
      const companions = new Set<string>();
      for (const { pkg } of stanzas) {
        if (!pkg) continue;
        for (const dep of dependencyNames(pkg)) {
          const other = stanzas.find((s) => s.name === dep);
          if (other?.pkg && other.pkg.source === pkg.source) companions.add(dep);
        }
      }
      for (const [name, template] of matched) if (!companions.has(name)) out.add(template);
    }
  }
  return [...out].sort();
}

/** The templates of a package list: one per line, `#` comments and blank lines left out. */
export function parsePackageList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}
