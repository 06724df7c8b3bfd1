// runBake's retry loop, driven by a fake docker (a shell script named as such): a registry
// cannot be made to fail on cue under a real build, so the failure sequence is scripted here;
// the real builds run in test/build/*.integration.test.ts.
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBake } from '../src/buildx.js';

async function fakeDocker(outcomes: string[]): Promise<{ docker: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'pgforge-fake-docker-'));
  const docker = join(dir, 'docker');
  // Each call takes the next outcome: `ok` writes the metadata file, anything else is printed
  // as the build's last line and the call fails.
  await writeFile(
    docker,
    `#!/bin/bash
n=$(cat ${dir}/count 2>/dev/null || echo 0); echo $((n+1)) > ${dir}/count
echo "$@" >> ${dir}/calls
outcomes=(${outcomes.map((o) => `'${o}'`).join(' ')})
o=\${outcomes[$n]}
meta=$(for ((i=1;i<=$#;i++)); do [ "\${!i}" = --metadata-file ] && j=$((i+1)) && echo "\${!j}"; done)
if [ "$o" = ok ]; then
  echo '{"t":{"containerimage.digest":"sha256:${'a'.repeat(64)}"}}' > "$meta"; echo done; exit 0
fi
echo "#5 building"; echo "$o" >&2; exit 1
`,
  );
  await chmod(docker, 0o755);
  return { docker, dir };
}

const base = (docker: string, dir: string) => ({
  bakeFile: join(dir, 'bake.json'),
  target: 't',
  metadataFile: join(dir, 'meta.json'),
  reads: [],
  writes: [],
  env: { PATH: process.env.PATH },
  docker,
});

describe('runBake with a fake docker', () => {
  it('runs again after a transient failure, waiting between attempts, and reads the digest', async () => {
    const { docker, dir } = await fakeDocker([
      'ERROR: failed to solve: failed to do request: i/o timeout',
      'E: Failed to fetch http://mirror/x.deb  503  Service Unavailable [IP: 10.0.0.1 80]',
      'ok',
    ]);
    const waits: number[] = [];
    const lines: string[] = [];
    const r = await runBake({
      ...base(docker, dir),
      retries: 2,
      sleep: async (ms) => void waits.push(ms),
      onLine: (l) => lines.push(l),
    });
    expect(r).toMatchObject({
      ok: true,
      attempts: 3,
      metadata: { digest: `sha256:${'a'.repeat(64)}` },
    });
    expect(waits).toEqual([10_000, 30_000]);
    expect(lines.filter((l) => l.startsWith('pgforge: transient failure'))).toHaveLength(2);
    expect((await readFile(join(dir, 'calls'), 'utf8')).trim().split('\n')).toHaveLength(3);
  });

  it('gives up after the retries, with the last reason', async () => {
    const timeout = 'ERROR: failed to solve: failed to do request: i/o timeout';
    const { docker, dir } = await fakeDocker([timeout, timeout, 'ok']);
    const r = await runBake({ ...base(docker, dir), retries: 1, sleep: async () => undefined });
    expect(r).toMatchObject({ ok: false, attempts: 2, reason: timeout });
  });

  it('does not run a build again that failed for good', async () => {
    const { docker, dir } = await fakeDocker(['E: Unable to locate package nope', 'ok']);
    const r = await runBake({ ...base(docker, dir), retries: 2, sleep: async () => undefined });
    expect(r).toMatchObject({ ok: false, attempts: 1, reason: 'E: Unable to locate package nope' });
  });
});
