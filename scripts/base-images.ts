// Makes sure `debian:<suite>-slim` is in the local image store for each suite named on the
// command line: kept when present, else imported from the cached debootstrap tarball, else
// debootstrapped from the machine's Debian mirror (with the slim images' dpkg rules), else
// pulled. The same code the test suite's global setup uses.
//
//   node --import tsx scripts/base-images.ts [--platforms linux/amd64,linux/arm64] <suite>…
//
// With a platform other than the host's, each suite is debootstrapped for every platform (a
// foreign one under emulation: scripts/test-env.sh sets it up) and `debian:<suite>-slim` becomes
// one multi-platform image: an index over both, written as an OCI archive and loaded with every
// blob (multi-arch-base.ts says why not pulled). `FROM debian:<suite>-slim` then builds each platform on its own base; on the
// host's alone, BuildKit would build linux/arm64 on amd64 binaries and label it arm64.
import { parseArgs } from 'node:util';
import { byDebianArchitecture, byPlatform } from '@pgforge/platform';
import {
  baseImageCacheDir,
  baseImageName,
  ensureBaseImage,
  ensureBaseTarball,
  hostArch,
  type Arch,
  type Suite,
  testMirror,
  loadMultiArchBase,
} from '@pgforge/testkit';

const { values, positionals } = parseArgs({
  options: { platforms: { type: 'string' } },
  allowPositionals: true,
});
const log = (line: string): void => void process.stderr.write(`base-images: ${line}\n`);

function arches(list: string | undefined): Arch[] {
  const host = hostArch();
  const named = (list ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => byPlatform(p).debianArchitecture);
  for (const arch of named) {
    if (arch !== 'amd64' && arch !== 'arm64') {
      throw new Error(`base-images: ${arch} bases are not built here (amd64, arm64)`);
    }
  }
  // The host's first: the index lists it first, what a client with no preference takes.
  return [host, ...new Set(named.filter((a): a is Arch => a !== host))];
}

const suites = positionals as Suite[];
const wanted = arches(values.platforms);
const mirror = testMirror();
const cacheDir = baseImageCacheDir();
for (const suite of suites) {
  if (suite !== 'trixie' && suite !== 'sid') {
    throw new Error(`base-images: ${suite} is not a suite this script builds (trixie, sid)`);
  }
  const image = await ensureBaseImage({ suite, mirror, cacheDir, log });
  if (wanted.length === 1) {
    log(`${image.image} (${image.how})`);
    continue;
  }
  const started = Date.now();
  const tarballs = await Promise.all(
    wanted.map((arch) => ensureBaseTarball({ suite, arch, mirror, cacheDir, log })),
  );
  await loadMultiArchBase({ suite, tarballs, name: baseImageName(suite), log });
  log(
    `${baseImageName(suite)} (${wanted.map((a) => byDebianArchitecture(a).platform).join(', ')}) ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
