/**
 * The dependency closure of real packages, compared with apt's own resolution
 * (`apt-get install -s --no-install-recommends` in a throw-away apt root with an empty status),
 * and the closure of minbaseRoots with what the debootstrapped `debian:trixie-slim` holds.
 */
import { describe, expect, inject, it } from 'vitest';
import { AptClient, dependencyClosure, minbaseRoots } from '@pgforge/apt';
import type { AptRepository } from '@pgforge/apt';
import { run, aptRoot } from '@pgforge/testkit';

const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const mirror = inject('mirror');
const repo: AptRepository = { mirror, suite: 'trixie', keyrings: [KEYRING] };
// One client: the index is downloaded once for both tests.
const client = new AptClient();

/** The packages apt would install on an empty system, per `apt-get install -s`. */
async function aptWouldInstall(roots: string[]): Promise<string[]> {
  const root = await aptRoot(`deb [signed-by=${KEYRING}] ${mirror} trixie main`, 'amd64');
  try {
    const update = await root.run('apt-get', ['-q', 'update']);
    if (update.code !== 0) throw new Error(`apt-get update failed: ${update.stderr}`);
    const sim = await root.run('apt-get', [
      '-s',
      '-q',
      'install',
      '--no-install-recommends',
      ...roots,
    ]);
    if (sim.code !== 0) throw new Error(`apt-get -s install failed: ${sim.stderr || sim.stdout}`);
    return sim.stdout
      .split('\n')
      .filter((l) => l.startsWith('Inst '))
      .map((l) => l.split(' ')[1]!)
      .sort();
  } finally {
    await root.dispose();
  }
}

describe('dependency closure on trixie amd64', () => {
  it('postgresql-17: libpq5, libssl3t64, postgresql-client-17, no libgeos; the same set as apt', async () => {
    const index = await client.packages(repo, 'main', 'amd64');
    const start = performance.now();
    const closure = dependencyClosure(index, ['postgresql-17']);
    const ms = performance.now() - start;
    const ours = [...closure.packages.keys()].sort();
    console.log(`closure of postgresql-17: ${ours.length} packages in ${ms.toFixed(0)} ms`);

    for (const name of ['postgresql-17', 'postgresql-client-17', 'libpq5', 'libssl3t64']) {
      expect(ours, `${name} in the closure`).toContain(name);
    }
    expect(ours).not.toContain('libgeos-c1t64');
    expect(closure.requiredBy.get('postgresql-client-17')).toBeDefined();

    const apt = await aptWouldInstall(['postgresql-17']);
    expect(ours).toEqual(apt);
  });

  it('minbaseRoots: their closure is exactly the packages of the debian:trixie-slim base image', async () => {
    const index = await client.packages(repo, 'main', 'amd64');
    const ours = [...dependencyClosure(index, minbaseRoots(index)).packages.keys()].sort();
    const image = inject('baseImages').trixie;
    const listed = await run('docker', [
      'run',
      '--rm',
      image,
      'dpkg-query',
      '-W',
      '-f=${Package}\\n',
    ]);
    const installed = listed.stdout.trim().split('\n').sort();
    console.log(`minbase closure: ${ours.length} packages; ${image}: ${installed.length}`);
    expect(ours).toEqual(installed);
  });
});
