// docs/renovate.md's recipe, checked against the tags this project really writes: its JSON is
// read from the document, its regular expressions are run (Renovate's are ECMAScript's, named
// groups and all) over the document's own Cluster and over tags rendered from the default
// templates, and the versioning's groups order them as Renovate would.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TAGS, renderTemplate } from '@pgforge/config';
import { describe, expect, it } from 'vitest';
import { tagTimestamp } from '../src/timestamp.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'renovate.md'), 'utf8');

function fenced(language: string): string {
  const m = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(doc);
  if (!m?.[1]) throw new Error(`docs/renovate.md has no ${language} block`);
  return m[1];
}

interface Recipe {
  customManagers: {
    managerFilePatterns: string[];
    matchStrings: string[];
    versioningTemplate: string;
  }[];
  packageRules: { matchUpdateTypes?: string[]; enabled?: boolean }[];
}

const recipe = JSON.parse(fenced('json')) as Recipe;
const [manager] = recipe.customManagers;
if (!manager) throw new Error('docs/renovate.md: no custom manager');
const matcher = new RegExp(manager.matchStrings[0] ?? '', 'g');
const versioning = new RegExp(manager.versioningTemplate.replace(/^regex:/, ''));
const filePattern = new RegExp((manager.managerFilePatterns[0] ?? '').replace(/^\/|\/$/g, ''));

const tag = (template: string, at: Date, version = '18.6'): string =>
  renderTemplate(template, {
    version,
    major: version.replace(/[.b].*$/, ''),
    timestamp: tagTimestamp(at),
    flavour: 'minimal',
    distribution: 'trixie',
  });

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe("docs/renovate.md's recipe", () => {
  it("finds the document's own Cluster pin, in a file the pattern covers", () => {
    const found = [...fenced('yaml').matchAll(matcher)].map((m) => m.groups);
    expect(found).toEqual([
      {
        depName: 'ghcr.io/example/postgresql',
        currentValue: '18.6-202612061200-minimal-trixie',
        currentDigest: expect.stringMatching(/^sha256:[a-f0-9]{64}$/),
      },
    ]);
    expect(filePattern.test('k8s/cluster.yaml')).toBe(true);
    expect(filePattern.test('deploy/k8s/prod/catalog.yml')).toBe(true);
  });

  it('matches the immutable tag the default templates render, and no alias', () => {
    const at = new Date('2026-12-06T12:00:00Z');
    const immutable = tag(DEFAULT_TAGS.immutable, at);
    const line = (t: string): string => `  imageName: ghcr.io/o/postgresql:${t}@${DIGEST}\n`;
    expect([...line(immutable).matchAll(matcher)]).toHaveLength(1);
    for (const alias of DEFAULT_TAGS.aliases) {
      expect([...line(tag(alias, at)).matchAll(matcher)], alias).toHaveLength(0);
    }
    // A catalog's image and an extension entry's reference are found too.
    expect([
      ...`    image: 'r.test:5000/o/pg:${immutable}@${DIGEST}'`.matchAll(matcher),
    ]).toHaveLength(1);
    expect([...`      reference: r/o/pg:${immutable}@${DIGEST}`.matchAll(matcher)]).toHaveLength(1);
  });

  it('orders a rebuild after its predecessor, keeps flavour and distribution apart, leaves betas out', () => {
    const groups = (t: string): Record<string, string> | undefined => versioning.exec(t)?.groups;
    const older = groups(tag(DEFAULT_TAGS.immutable, new Date('2026-12-06T12:00:00Z')));
    const rebuild = groups(tag(DEFAULT_TAGS.immutable, new Date('2026-12-07T03:15:00Z')));
    const minor = groups(tag(DEFAULT_TAGS.immutable, new Date('2026-11-01T00:00:00Z'), '18.7'));
    expect(older).toMatchObject({ major: '18', minor: '6', compatibility: 'minimal-trixie' });
    expect(Number(rebuild?.patch)).toBeGreaterThan(Number(older?.patch));
    expect(rebuild?.compatibility).toBe(older?.compatibility);
    // 18.7 built earlier is still newer than 18.6 built later: minor before patch.
    expect(Number(minor?.minor)).toBeGreaterThan(Number(rebuild?.minor));
    expect(groups('18.6-202612061200-standard-trixie')?.compatibility).toBe('standard-trixie');
    expect(groups(tag(DEFAULT_TAGS.immutable, new Date(), '19beta3'))).toBeUndefined();
  });

  it('keeps a new PostgreSQL major out', () => {
    expect(recipe.packageRules).toContainEqual(
      expect.objectContaining({ matchUpdateTypes: ['major'], enabled: false }),
    );
  });
});
