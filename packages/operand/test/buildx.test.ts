import { describe, expect, it } from 'vitest';
import { bakeArgs, entitlementArgs, parseBuildxVersion } from '@pgforge/operand';

describe('buildx', () => {
  it('reads the version as upstream and as Debian print it', () => {
    expect(parseBuildxVersion('github.com/docker/buildx v0.19.3 48d6a39')).toMatchObject({
      major: 0,
      minor: 19,
    });
    expect(parseBuildxVersion('github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3')).toMatchObject({
      major: 0,
      minor: 13,
    });
    expect(parseBuildxVersion('nonsense')).toBeUndefined();
  });

  it('grants file-system entitlements only where buildx checks them (0.19 and later)', () => {
    const v = (text: string) => parseBuildxVersion(text);
    expect(entitlementArgs(v('v0.13.1'), ['/ctx'], ['/out'])).toEqual([]);
    expect(entitlementArgs(v('v0.20.0'), ['/ctx'], ['/out'])).toEqual([
      '--allow=fs.read=/ctx',
      '--allow=fs.write=/out',
    ]);
    expect(entitlementArgs(undefined, ['/ctx'], ['/out'])).toEqual([]);
  });

  it('bakes one target with plain progress and a metadata file', () => {
    expect(
      bakeArgs({
        bakeFile: '/w/t.bake.json',
        target: '17-minimal-trixie',
        metadataFile: '/w/m.json',
        reads: ['/ctx'],
        writes: ['/w/layouts'],
        builder: 'multi',
        buildx: parseBuildxVersion('v0.29.1')!,
        env: {},
      }),
    ).toEqual([
      'buildx',
      'bake',
      '--builder',
      'multi',
      '-f',
      '/w/t.bake.json',
      '--metadata-file',
      '/w/m.json',
      '--progress',
      'plain',
      '--allow=fs.read=/ctx',
      '--allow=fs.write=/w/layouts',
      '17-minimal-trixie',
    ]);
  });
});
