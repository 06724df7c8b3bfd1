import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bakeDefinition,
  keyringFiles,
  KeyringContextError,
  unreachableMirror,
  writeKeyringContext,
} from '@pgforge/bake';
import { sha256Hex, type Target } from '@pgforge/targets';
import { sampleTargets } from '../../targets/test/sample.js';

const { all } = sampleTargets();
const byId = (id: string) => all.find((t) => t.id === id)!;

describe('bakeDefinition', () => {
  it('builds root flavours from the server stage and the others on their parent target', () => {
    const bake = bakeDefinition(all, all, { context: '/src/docker' });
    expect(bake.group.default.targets).toEqual(all.map((t) => t.id));
    expect(bake.target['17-minimal-trixie']).toMatchObject({
      target: 'server',
      dockerfile: 'Dockerfile',
      context: '/src/docker',
    });
    expect(bake.target['17-minimal-trixie']?.contexts).toBeUndefined();
    expect(bake.target['17-full-trixie']).toMatchObject({
      target: 'layer',
      contexts: { parent: 'target:17-standard-trixie' },
      platforms: ['linux/amd64', 'linux/arm64'],
      attest: ['type=provenance,mode=max'],
      output: ['type=registry'],
      tags: ['ghcr.io/example/postgresql-testing:17.1-202611211315-full-trixie'],
    });
  });

  it('sets each annotation at index and at manifest level, as separate entries, and as labels', () => {
    const t = bakeDefinition(all, all, { context: '.' }).target['18-standard-trixie']!;
    const annotations = byId('18-standard-trixie').annotations;
    expect(t.labels).toEqual(annotations);
    for (const [k, v] of Object.entries(annotations)) {
      expect(t.annotations).toContain(`index:${k}=${v}`);
      expect(t.annotations).toContain(`manifest:${k}=${v}`);
    }
    expect(t.annotations.some((a) => a.startsWith('index,manifest:'))).toBe(false);
  });

  it('defines an unkept parent as a cache-only target without tags', () => {
    const kept = [byId('17-full-trixie')];
    const bake = bakeDefinition(kept, all, { context: '.' });
    expect(bake.group.default.targets).toEqual(['17-full-trixie']);
    expect(Object.keys(bake.target).sort()).toEqual([
      '17-full-trixie',
      '17-minimal-trixie',
      '17-standard-trixie',
    ]);
    for (const id of ['17-minimal-trixie', '17-standard-trixie']) {
      expect(bake.target[id]).toMatchObject({
        tags: [],
        output: ['type=cacheonly'],
        attest: [],
        annotations: [],
      });
    }
  });

  it('can leave out pushing and provenance', () => {
    const t = bakeDefinition(all, all, { context: '.', push: false, provenance: false }).target[
      '17-minimal-trixie'
    ]!;
    expect(t.output).toEqual(['type=cacheonly']);
    expect(t.attest).toEqual([]);
  });

  it('exports kept targets as untagged OCI layouts, parents only to the cache', () => {
    const t = byId('17-standard-trixie');
    const bake = bakeDefinition([t], all, {
      context: '.',
      layoutDir: '/work/layouts',
      rewriteTimestamp: true,
    });
    expect(bake.target[t.id]).toMatchObject({
      tags: [],
      output: [`type=oci,dest=/work/layouts/${t.id},tar=false,rewrite-timestamp=true`],
      attest: ['type=provenance,mode=max'],
    });
    expect(bake.target['17-minimal-trixie']?.output).toEqual(['type=cacheonly']);
  });

  it('builds one platform of every target, parents included, for a per-platform job', () => {
    const bake = bakeDefinition([byId('17-full-trixie')], all, {
      context: '.',
      platform: 'linux/arm64',
    });
    for (const target of Object.values(bake.target)) {
      expect(target.platforms).toEqual(['linux/arm64']);
    }
  });

  it('takes min or max provenance', () => {
    const t = (provenance: 'min' | 'max' | true) =>
      bakeDefinition(all, all, { context: '.', provenance }).target['17-minimal-trixie']!.attest;
    expect(t('min')).toEqual(['type=provenance,mode=min']);
    expect(t('max')).toEqual(['type=provenance,mode=max']);
    expect(t(true)).toEqual(['type=provenance,mode=max']);
  });

  it('annotates only the manifest of a one-platform image without attestations (no index)', () => {
    const t = byId('17-minimal-trixie');
    const single = bakeDefinition([t], all, {
      context: '.',
      provenance: false,
      platform: 'linux/amd64',
    }).target[t.id]!;
    expect(single.annotations.length).toBeGreaterThan(0);
    expect(single.annotations.every((a) => a.startsWith('manifest:'))).toBe(true);
    const attested = bakeDefinition([t], all, { context: '.', platform: 'linux/amd64' }).target[
      t.id
    ]!;
    expect(attested.annotations.some((a) => a.startsWith('index:'))).toBe(true);
  });

  it('refuses a target whose parent is missing', () => {
    expect(() =>
      bakeDefinition([byId('17-full-trixie')], [byId('17-full-trixie')], { context: '.' }),
    ).toThrow('17-full-trixie extends 17-standard-trixie, which is not among the targets');
  });
});

describe('the keyring context (packages.keyring)', () => {
  const withKeyring = (t: Target): Target => ({
    ...t,
    keyring: [{ path: '/k/mirror.asc', name: 'pgforge-pgdg-0.asc', sha256: 'f'.repeat(64) }],
  });
  const keyed = all.map(withKeyring);

  it('goes to every stage: a layer installs from the view too, trusting configured keys', () => {
    const bake = bakeDefinition(keyed, keyed, { context: '.', keyringContext: '/w/keyring' });
    expect(bake.target['17-minimal-trixie']?.contexts).toEqual({ keyring: '/w/keyring' });
    expect(bake.target['17-standard-trixie']?.contexts).toEqual({
      parent: 'target:17-minimal-trixie',
      keyring: '/w/keyring',
    });
  });

  it('is required when a target has a keyring', () => {
    expect(() => bakeDefinition(keyed, keyed, { context: '.' })).toThrow(
      'has a keyring but no keyring context was given',
    );
  });

  it('holds each file once under its context name, checked against the hash the matrix took', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pgforge-keyring-context-'));
    try {
      const key = join(dir, 'mirror.asc');
      await writeFile(key, 'key bytes');
      const file = { path: key, name: 'pgforge-pgdg-0.asc', sha256: sha256Hex('key bytes') };
      const targets = all.map((t) => ({ ...t, keyring: [file] }));
      expect(keyringFiles(targets)).toEqual([file]);
      await writeKeyringContext(keyringFiles(targets), join(dir, 'context'));
      expect(await readdir(join(dir, 'context'))).toEqual(['pgforge-pgdg-0.asc']);
      expect(await readFile(join(dir, 'context', 'pgforge-pgdg-0.asc'), 'utf8')).toBe('key bytes');

      // A path relative to the matrix's workspace is read from the build's checkout.
      const relative = { ...file, path: 'mirror.asc' };
      await writeKeyringContext([relative], join(dir, 'from-workspace'), dir);
      expect(await readFile(join(dir, 'from-workspace', 'pgforge-pgdg-0.asc'), 'utf8')).toBe(
        'key bytes',
      );
      const missing = await writeKeyringContext(
        [relative],
        join(dir, 'c2'),
        join(dir, 'elsewhere'),
      ).catch((e) => e);
      expect(missing).toBeInstanceOf(KeyringContextError);
      expect(missing.message).toContain(
        `keyring ${join(dir, 'elsewhere', 'mirror.asc')} (packages.keyring): cannot be read`,
      );
      // The file an annotation points at: the one the configuration names, in the checkout.
      expect(missing.file).toBe('mirror.asc');

      await writeFile(key, 'other key bytes');
      const error = await writeKeyringContext([file], join(dir, 'context')).catch((e) => e);
      expect(error).toBeInstanceOf(KeyringContextError);
      expect(error.message).toBe(
        `keyring ${key} (packages.keyring): its SHA-256 is ${sha256Hex('other key bytes')}, but the matrix resolved the targets with ${file.sha256}; build from the same checkout and configuration the matrix ran on, or run the matrix again`,
      );
      expect(error.file).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('unreachableMirror', () => {
  const target = (mirror?: string) => ({
    id: '18-minimal-sid',
    buildArgs: (mirror === undefined ? {} : { PGDG_MIRROR: mirror }) as Record<string, string>,
  });
  it.each([
    ['http://127.0.0.1:8080/pgdg', true],
    ['http://127.1.2.3/apt', true],
    ['http://localhost:3142/apt', true],
    ['http://[::1]:3142/apt', true],
    ['https://apt.postgresql.org/pub/repos/apt', false],
    ['http://172.17.0.1:8080/pgdg', false],
    ['http://127.0.0.1.example.org/apt', false],
  ])('%s: refused %s', (mirror, refused) => {
    const why = unreachableMirror(target(mirror));
    expect(why !== undefined).toBe(refused);
    if (refused) {
      expect(why).toContain(`target 18-minimal-sid: packages.mirror ${mirror} is on loopback`);
      expect(why).toContain('set packages.mirror to it');
    }
  });
  it('leaves a target without a PGDG mirror alone', () => {
    expect(unreachableMirror(target())).toBeUndefined();
  });
});
