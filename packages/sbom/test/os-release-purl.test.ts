import { describe, expect, it } from 'vitest';
import {
  debPurl,
  distroQualifier,
  encodePurlComponent,
  ociPurl,
  parseOsRelease,
} from '../src/index.js';

describe('parseOsRelease and distroQualifier', () => {
  it('uses VERSION_ID for a release: debian-13', () => {
    const os = parseOsRelease(
      'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nVERSION_ID="13"\nVERSION_CODENAME=trixie\nID=debian\n',
    );
    expect(os).toEqual({
      id: 'debian',
      versionId: '13',
      codename: 'trixie',
      prettyName: 'Debian GNU/Linux 13 (trixie)',
    });
    expect(distroQualifier(os)).toBe('debian-13');
  });

  it('uses the suite for sid, which has no VERSION_ID', () => {
    const os = parseOsRelease(
      'PRETTY_NAME="Debian GNU/Linux forky/sid"\nNAME="Debian GNU/Linux"\nVERSION_CODENAME=forky\nID=debian\n',
    );
    expect(distroQualifier(os)).toBe('debian-sid');
  });

  it('uses the codename for testing', () => {
    expect(
      distroQualifier(
        parseOsRelease('PRETTY_NAME="Debian GNU/Linux forky"\nVERSION_CODENAME=forky\nID=debian\n'),
      ),
    ).toBe('debian-forky');
  });

  it('reads single quotes, escapes and comments', () => {
    const os = parseOsRelease(
      '# comment\nID=\'ubuntu\'\nPRETTY_NAME="A \\"quoted\\" name"\nVERSION_ID=24.04\n',
    );
    expect(os).toMatchObject({ id: 'ubuntu', prettyName: 'A "quoted" name', versionId: '24.04' });
    expect(distroQualifier(os)).toBe('ubuntu-24.04');
  });
});

describe('purls', () => {
  it('writes purl-spec’s own deb examples', () => {
    expect(
      debPurl({
        vendor: 'debian',
        name: 'curl',
        version: '7.50.3-1',
        architecture: 'i386',
        distro: 'jessie',
      }),
    ).toBe('pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie');
    expect(
      debPurl({ vendor: 'debian', name: 'attr', version: '1:2.4.47-2+b1', architecture: 'amd64' }),
    ).toBe('pkg:deb/debian/attr@1:2.4.47-2%2Bb1?arch=amd64');
  });

  it('lower-cases names, keeps ~ and encodes +', () => {
    expect(
      debPurl({
        vendor: 'Debian',
        name: 'libstdc++6',
        version: '14.2.0-19~exp1',
        architecture: 'arm64',
        distro: 'debian-13',
      }),
    ).toBe('pkg:deb/debian/libstdc%2B%2B6@14.2.0-19~exp1?arch=arm64&distro=debian-13');
  });

  it('names an image by the last component of its repository, the digest as version', () => {
    expect(
      ociPurl({
        registry: 'ghcr.io',
        repository: 'cloudnative-pg/postgresql',
        digest: `sha256:${'1'.repeat(64)}`,
        architecture: 'arm64',
        tag: '17-standard-trixie',
      }),
    ).toBe(
      `pkg:oci/postgresql@sha256:${'1'.repeat(64)}?arch=arm64&repository_url=ghcr.io%2Fcloudnative-pg%2Fpostgresql&tag=17-standard-trixie`,
    );
  });

  it('percent-encodes UTF-8 bytes, never the colon', () => {
    expect(encodePurlComponent('a b:é/c')).toBe('a%20b:%C3%A9%2Fc');
  });
});
