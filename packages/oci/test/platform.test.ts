import { describe, expect, it } from 'vitest';
import {
  InvalidPlatformError,
  MediaTypes,
  formatPlatform,
  isAttestationManifest,
  parsePlatform,
  platformMatches,
  selectManifest,
} from '../src/index.js';
import type { Descriptor, ImageIndex } from '../src/index.js';

const entry = (
  digit: string,
  platform: Descriptor['platform'],
  annotations?: Record<string, string>,
): Descriptor => ({
  mediaType: MediaTypes.ociManifest,
  digest: `sha256:${digit.repeat(64)}`,
  size: 500,
  platform,
  ...(annotations ? { annotations } : {}),
});

// The shape BuildKit pushes: images first, then one attestation manifest per image.
const index: ImageIndex = {
  schemaVersion: 2,
  mediaType: MediaTypes.ociIndex,
  manifests: [
    entry(
      '3',
      { os: 'unknown', architecture: 'unknown' },
      {
        'vnd.docker.reference.type': 'attestation-manifest',
      },
    ),
    entry('1', { os: 'linux', architecture: 'amd64' }),
    entry('2', { os: 'linux', architecture: 'arm64' }),
    entry('4', { os: 'linux', architecture: 'arm', variant: 'v7' }),
  ],
};

describe('platforms', () => {
  it('parses and formats os/architecture[/variant]', () => {
    expect(parsePlatform('linux/arm64')).toEqual({ os: 'linux', architecture: 'arm64' });
    expect(parsePlatform('linux/arm/v7')).toEqual({
      os: 'linux',
      architecture: 'arm',
      variant: 'v7',
    });
    expect(formatPlatform({ os: 'linux', architecture: 'arm', variant: 'v7' })).toBe(
      'linux/arm/v7',
    );
    for (const bad of ['linux', 'linux/', 'a/b/c/d', 'linux/arm 64']) {
      expect(() => parsePlatform(bad)).toThrow(InvalidPlatformError);
    }
  });

  it('matches as containerd normalises (arm64 is v8, aarch64 is arm64, arm is v7)', () => {
    expect(
      platformMatches({ os: 'linux', architecture: 'arm64' }, parsePlatform('linux/arm64/v8')),
    ).toBe(true);
    expect(
      platformMatches(
        { os: 'linux', architecture: 'arm64', variant: 'v8' },
        parsePlatform('linux/aarch64'),
      ),
    ).toBe(true);
    expect(
      platformMatches({ os: 'linux', architecture: 'arm' }, parsePlatform('linux/arm/v7')),
    ).toBe(true);
    expect(
      platformMatches(
        { os: 'linux', architecture: 'arm', variant: 'v6' },
        parsePlatform('linux/arm'),
      ),
    ).toBe(false);
    expect(
      platformMatches({ os: 'linux', architecture: 'amd64' }, parsePlatform('linux/arm64')),
    ).toBe(false);
    expect(platformMatches(undefined, parsePlatform('linux/amd64'))).toBe(false);
  });

  it('selects the first image, skipping attestation manifests, or the one for a platform', () => {
    expect(selectManifest(index)?.digest).toBe(`sha256:${'1'.repeat(64)}`);
    expect(selectManifest(index, 'linux/arm64')?.digest).toBe(`sha256:${'2'.repeat(64)}`);
    expect(selectManifest(index, { os: 'linux', architecture: 'arm' })?.digest).toBe(
      `sha256:${'4'.repeat(64)}`,
    );
    expect(selectManifest(index, 'linux/s390x')).toBeUndefined();
    expect(selectManifest(index, 'unknown/unknown')).toBeUndefined();
  });

  it('treats unknown/unknown as an attestation even without the annotation', () => {
    expect(isAttestationManifest(entry('5', { os: 'unknown', architecture: 'unknown' }))).toBe(
      true,
    );
    expect(isAttestationManifest(entry('5', { os: 'linux', architecture: 'amd64' }))).toBe(false);
  });
});
