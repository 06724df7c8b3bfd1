import { describe, expect, it } from 'vitest';
import type { ExtensionMetadata } from '../src/metadata.js';
import {
  describeRequirement,
  mapRequirements,
  readOperandCatalogue,
  type ProvidingImage,
} from '../src/requirements.js';

function image(
  name: string,
  sql: string[],
  requires: string[],
  at: { major?: number; distribution?: string } = {},
): ProvidingImage {
  const metadata: ExtensionMetadata = {
    name,
    sqlNames: sql.map((n) => ({ name: n })),
    createExtension: sql.length > 0,
    sharedPreloadLibraries: [],
    requiredExtensions: requires,
    requires: requires.map((r) =>
      r === 'hstore' ? { name: r, provider: 'operand' } : { name: r, provider: 'none' },
    ),
    ldLibraryPath: [],
    binPath: [],
    env: [],
    licenses: [],
    limitations: [],
  };
  return {
    major: at.major ?? 18,
    distribution: at.distribution ?? 'sid',
    reference: `registry.test/${name}@sha256:${name.length.toString(16).padStart(64, '0')}`,
    metadata,
  };
}

describe("the operand's own extensions", () => {
  it("are the server package's control files for that major, whatever the path's spelling", () => {
    const catalogue = readOperandCatalogue(
      [
        './usr/share/postgresql/18/extension/hstore.control',
        'usr/share/postgresql/18/extension/hstore--1.8.sql',
        '/usr/share/postgresql/18/extension/cube.control',
        'usr/share/postgresql/17/extension/old.control',
        'usr/share/postgresql/18/extension/sub/deeper.control',
        'usr/share/postgresql/18/tsearch_data/x.control',
      ].map((path) => ({ path, data: new Uint8Array() })),
      18,
    );
    expect([...catalogue.extensions]).toEqual(['cube', 'hstore']);
    // A module that is not ELF, or absent, is not one to preload.
    expect(catalogue.preload.size).toBe(0);
  });
});

describe('requirements mapped to the images of a run', () => {
  it('names the image that declares the extension, for the same major and distribution only', () => {
    const postgis = image('postgis-3', ['postgis', 'postgis_raster'], []);
    const postgis17 = image('postgis-3', ['postgis'], [], { major: 17 });
    const routing = image('pgrouting', ['pgrouting'], ['postgis', 'hstore', 'roaringbitmap']);
    const routing17 = image('pgrouting', ['pgrouting'], ['postgis'], { major: 17 });
    const routingTrixie = image('pgrouting', ['pgrouting'], ['postgis'], {
      distribution: 'trixie',
    });
    const [, , mapped, mapped17, mappedTrixie] = mapRequirements([
      postgis,
      postgis17,
      routing,
      routing17,
      routingTrixie,
    ]);
    expect(mapped?.metadata.requires).toEqual([
      { name: 'postgis', provider: 'image', image: 'postgis-3', reference: postgis.reference },
      { name: 'hstore', provider: 'operand' },
      { name: 'roaringbitmap', provider: 'none' },
    ]);
    expect(mapped17?.metadata.requires[0]).toMatchObject({ provider: 'image' });
    expect(mapped17?.metadata.requires[0]).toHaveProperty('reference', postgis17.reference);
    expect(mappedTrixie?.metadata.requires).toEqual([{ name: 'postgis', provider: 'none' }]);
  });

  it('an image never provides its own requirement, and the input is left as it was', () => {
    const self = image('a', ['a'], ['a']);
    const [mapped] = mapRequirements([self]);
    expect(mapped?.metadata.requires).toEqual([{ name: 'a', provider: 'none' }]);
    expect(self.metadata.requires).toEqual([{ name: 'a', provider: 'none' }]);
  });

  it('are put in words for the summary and the cluster snippet', () => {
    expect(describeRequirement({ name: 'hstore', provider: 'operand' })).toBe(
      'hstore (operand image)',
    );
    expect(
      describeRequirement({
        name: 'postgis',
        provider: 'image',
        image: 'postgis-3',
        reference: 'r',
      }),
    ).toBe('postgis (image postgis-3)');
    expect(describeRequirement({ name: 'x', provider: 'none' })).toBe('x (no image of this run)');
  });
});
