// Makes sure `debian:<suite>-slim` is in the local image store for each suite named on the
// command line: kept when present, else imported from the cached debootstrap tarball, else
// debootstrapped from the machine's Debian mirror (with the slim images' dpkg rules), else
// pulled. The same code the test suite's global setup uses.
import { baseImageCacheDir, ensureBaseImage, type Suite } from '../test/setup/base-images.js';
import { testMirror } from '../test/setup/mirror.js';

const suites = process.argv.slice(2) as Suite[];
const mirror = testMirror();
for (const suite of suites) {
  if (suite !== 'trixie' && suite !== 'sid') {
    throw new Error(`base-images: ${suite} is not a suite this script builds (trixie, sid)`);
  }
  const image = await ensureBaseImage({
    suite,
    mirror,
    cacheDir: baseImageCacheDir(),
    log: (line) => void process.stderr.write(`base-images: ${line}\n`),
  });
  process.stderr.write(`base-images: ${image.image} (${image.how})\n`);
}
