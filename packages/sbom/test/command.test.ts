import { UserError } from '@pgforge/errors';
import { describe, expect, it } from 'vitest';
import { parseFormats, sbomFileBase } from '../src/index.js';

describe('parseFormats', () => {
  it('takes one format, both, or a list, in a fixed order', () => {
    expect(parseFormats('spdx-json')).toEqual(['spdx-json']);
    expect(parseFormats('both')).toEqual(['spdx-json', 'cyclonedx-json']);
    expect(parseFormats('cyclonedx-json, spdx-json')).toEqual(['spdx-json', 'cyclonedx-json']);
    expect(parseFormats(['cyclonedx-json'])).toEqual(['cyclonedx-json']);
  });

  it('names the value and the formats allowed', () => {
    expect(() => parseFormats('spdx')).toThrow(UserError);
    expect(() => parseFormats('spdx')).toThrow(
      'format: "spdx" is not allowed; expected spdx-json, cyclonedx-json or both',
    );
    expect(() => parseFormats('')).toThrow(/format: "" is not allowed/);
  });
});

describe('sbomFileBase', () => {
  it('names files by repository, tag and platform', () => {
    const subject = {
      registry: 'ghcr.io',
      repository: 'cloudnative-pg/postgresql',
      tag: '17-standard-trixie',
      digest: `sha256:${'1'.repeat(64)}`,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      size: 1,
      platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
    };
    expect(sbomFileBase(subject)).toBe('postgresql-17-standard-trixie-linux-arm-v7');
    expect(
      sbomFileBase({
        ...subject,
        tag: undefined,
        platform: { os: 'linux', architecture: 'amd64' },
      }),
    ).toBe('postgresql-linux-amd64');
  });
});
