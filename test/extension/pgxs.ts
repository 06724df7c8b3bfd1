/**
 * An extension compiled the way its author would: PGXS against PostgreSQL 18's server headers
 * (sid's postgresql-server-dev-18), then `make install DESTDIR=<dir>`. Built in a sid container
 * with nothing but gcc, make and the two packages' files (unpacked without their dependencies:
 * LLVM, for JIT bitcode, is not needed, so `with_llvm=no`); the install tree is exported to the
 * host with BuildKit's local output.
 */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '@pgforge/testkit';

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'pgforge_demo');
const PG_CONFIG = '/usr/lib/postgresql/18/bin/pg_config';

const DOCKERFILE = `ARG BASE_IMAGE
FROM \${BASE_IMAGE} AS build
ARG MIRROR
SHELL ["/bin/bash", "-o", "pipefail", "-ec"]
RUN <<'EOS'
if ! grep -hqs '^[^#[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; then
  echo "deb \${MIRROR} sid main" > /etc/apt/sources.list
fi
apt_opts=(-qq -o Acquire::Check-Valid-Until=false)
apt-get "\${apt_opts[@]}" update
DEBIAN_FRONTEND=noninteractive apt-get "\${apt_opts[@]}" install -y --no-install-recommends gcc make libc6-dev >/dev/null
cd /tmp
apt-get "\${apt_opts[@]}" download postgresql-server-dev-18 postgresql-client-18
for deb in /tmp/*.deb; do dpkg-deb -x "$deb" /; done
EOS
COPY src/ /src/
RUN make -C /src PG_CONFIG=${PG_CONFIG} with_llvm=no \\
 && make -C /src install PG_CONFIG=${PG_CONFIG} with_llvm=no DESTDIR=/out

FROM scratch
COPY --from=build /out/ /
`;

/** Builds the demo extension and returns its DESTDIR tree (under `workDir`). */
export async function buildPgxsDemo(options: {
  workDir: string;
  baseImage: string;
  mirror: string;
}): Promise<string> {
  const context = await mkdtemp(join(options.workDir, 'pgxs-'));
  await writeFile(join(context, 'Dockerfile'), DOCKERFILE);
  await mkdir(join(context, 'src'));
  await cp(SOURCE, join(context, 'src'), { recursive: true });
  const out = join(context, 'destdir');
  await run(
    'docker',
    [
      'buildx',
      'build',
      '--build-arg',
      `BASE_IMAGE=${options.baseImage}`,
      '--build-arg',
      `MIRROR=${options.mirror}`,
      '--platform',
      'linux/amd64',
      '--progress',
      'plain',
      '--output',
      `type=local,dest=${out}`,
      context,
    ],
    { timeoutMs: 10 * 60_000 },
  );
  return out;
}
