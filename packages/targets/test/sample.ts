import { parseConfig } from '@pgforge/config';
import { expandTargets, type Resolution, type Target } from '@pgforge/targets';

/** Targets for 17 and 18 on trixie, every default flavour: a fixture for later packages. */
export function sampleTargets(yaml = 'registry: ghcr.io/example'): { all: Target[] } {
  const config = parseConfig(`${yaml}\ndistributions: [trixie]\npostgres: [17, 18]`, 'images.yaml');
  const resolution = (major: number): Resolution => ({
    major,
    distribution: 'trixie',
    postgres: { version: `${major}.1`, debianVersion: `${major}.1-1`, preview: false },
    server: [{ name: `postgresql-${major}`, version: `${major}.1-1` }],
    flavourPackages: {},
    images: Object.fromEntries(
      ['minimal', 'standard', 'full'].map((flavour) => [
        flavour,
        {
          contents: [
            { name: `postgresql-${major}`, version: `${major}.1-1`, change: 'installed' as const },
          ],
          installs:
            flavour === 'minimal' ? [{ name: `postgresql-${major}`, version: `${major}.1-1` }] : [],
        },
      ]),
    ),
    base: { image: 'debian:trixie-slim' },
  });
  return {
    all: expandTargets({
      config,
      resolutions: [resolution(17), resolution(18)],
      now: new Date('2026-11-21T13:15:00Z'),
      dockerfileDigest: '0'.repeat(64),
    }),
  };
}
