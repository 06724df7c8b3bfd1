import { describe, expect, it } from 'vitest';
import type { BinaryPackage } from '@pgforge/apt';
import { parseConfig, type Config } from '@pgforge/config';
import {
  asFlavourImages,
  predictionKey,
  resolveDistribution,
  type PredictionStore,
  type PredictRequest,
} from '@pgforge/package-view';
import { FixtureIndexes, fixtureView } from './fixture-indexes.js';

const config = (): Config =>
  parseConfig(
    [
      'postgres: [17]',
      'distributions: [trixie]',
      'platforms: [linux/amd64]',
      'packages: { source: pgdg, debian-mirror: "http://debian.invalid/debian" }',
      'flavours:',
      '  minimal: { packages: [libsasl2-modules] }',
      '  standard: { from: minimal, packages: [locales-all] }',
    ].join('\n'),
    'images.yaml',
  );

/** A store in memory that counts what it is asked. */
class MemoryStore implements PredictionStore {
  readonly values = new Map<string, unknown>();
  gets = 0;
  async get(key: string): Promise<unknown> {
    this.gets++;
    return structuredClone(this.values.get(key));
  }
  async put(key: string, value: unknown): Promise<void> {
    this.values.set(key, structuredClone(value));
  }
}

async function resolve(apt: FixtureIndexes, store: PredictionStore, c = config()) {
  const [r] = await resolveDistribution(c, 'trixie', apt, {
    view: await fixtureView(c),
    predictions: store,
  });
  return r;
}

describe('predicted images kept between runs', () => {
  it('are computed once, then read back: a second run takes what the store holds', async () => {
    const store = new MemoryStore();
    const first = await resolve(new FixtureIndexes({ digests: true }), store);
    expect(store.values.size).toBe(1);
    const second = await resolve(new FixtureIndexes({ digests: true }), store);
    expect(second?.images).toEqual(first?.images);
    // What the store holds is what the run uses: changed there, changed in the result.
    const [key, kept] = [...store.values][0] as [string, Record<string, { contents: unknown[] }>];
    const marked = structuredClone(kept);
    marked.minimal?.contents.push({ name: 'from-the-store', version: '1' });
    store.values.set(key, marked);
    const third = await resolve(new FixtureIndexes({ digests: true }), store);
    expect(third?.images.minimal?.contents.map((p) => p.name)).toContain('from-the-store');
  });

  it('are not kept when an index is not known by a digest', async () => {
    const store = new MemoryStore();
    await resolve(new FixtureIndexes(), store);
    expect(store.values.size).toBe(0);
    expect(store.gets).toBe(0);
  });

  it('are computed again when what is kept is not the images of these flavours', async () => {
    const store = new MemoryStore();
    const first = await resolve(new FixtureIndexes({ digests: true }), store);
    const [key] = [...store.values.keys()] as [string];
    store.values.set(key, { minimal: { contents: [], installs: [] } });
    const again = await resolve(new FixtureIndexes({ digests: true }), store);
    expect(again?.images).toEqual(first?.images);
  });
});

describe('predictionKey', () => {
  const index = (digest?: string, suite = 'trixie') =>
    ({
      digest,
      suite,
      component: 'main',
      architecture: 'amd64',
    }) as unknown as PredictRequest['arches'][0]['indexes'][0];
  const request = (over: Partial<PredictRequest> = {}): PredictRequest => ({
    config: config(),
    arches: [
      {
        architecture: 'amd64',
        indexes: [index('a'), index('b')],
        setupIndexes: [index('a')],
        installed: [],
      },
    ],
    server: { name: 'postgresql-17', version: '17.6-1' },
    flavourPackages: { minimal: [{ name: 'libsasl2-modules', version: '1' }] },
    ...over,
  });

  it('changes with every input a prediction depends on', () => {
    const base = predictionKey(request());
    expect(base).toBeDefined();
    const variants = [
      request({ server: { name: 'postgresql-17', version: '17.7-1' } }),
      request({ flavourPackages: { minimal: [{ name: 'libsasl2-modules', version: '2' }] } }),
      request({ setup: ['postgresql-common'] }),
      request({
        arches: [{ architecture: 'amd64', indexes: [index('a'), index('c')], installed: [] }],
      }),
      // The same content under another suite's name: a package's suite is read from it.
      request({
        arches: [
          {
            architecture: 'amd64',
            indexes: [index('a'), index('b', 'trixie-security')],
            setupIndexes: [index('a')],
            installed: [],
          },
        ],
      }),
      request({
        arches: [
          {
            architecture: 'amd64',
            indexes: [index('a'), index('b')],
            setupIndexes: [index('a')],
            installed: [
              {
                package: 'libc6',
                version: '2.41-12',
                architecture: 'amd64',
              } as BinaryPackage,
            ],
          },
        ],
      }),
    ];
    for (const v of variants) expect(predictionKey(v)).not.toBe(base);
    expect(predictionKey(request())).toBe(base);
  });

  it('is undefined when an index has no digest', () => {
    expect(
      predictionKey(
        request({ arches: [{ architecture: 'amd64', indexes: [index('a'), index()] }] }),
      ),
    ).toBeUndefined();
  });
});

describe('asFlavourImages', () => {
  const good = {
    minimal: { contents: [{ name: 'a', version: '1' }], installs: [] },
    standard: { contents: [{ name: 'a', version: '1' }], installs: [{ name: 'b', version: '2' }] },
  };
  it.each([
    ['not an object', 'x'],
    ['null', null],
    ['a flavour missing', { minimal: good.minimal }],
    ['a flavour too many', { ...good, full: good.minimal }],
    ['contents empty', { ...good, minimal: { contents: [], installs: [] } }],
    [
      'a package without a version',
      { ...good, minimal: { contents: [{ name: 'a' }], installs: [] } },
    ],
    ['installs not a list', { ...good, standard: { contents: good.standard.contents } }],
  ])('refuses %s', (_why, value) => {
    expect(asFlavourImages(value, ['minimal', 'standard'])).toBeUndefined();
  });
  it('takes the images of exactly these flavours', () => {
    expect(asFlavourImages(good, ['standard', 'minimal'])).toEqual(good);
  });
});
