/**
 * Debian architecture names and their multiarch tuples: the directory under `/usr/lib` where
 * that architecture's shared libraries live (dpkg-architecture's DEB_HOST_MULTIARCH).
 */
const TRIPLETS: Readonly<Record<string, string>> = {
  amd64: 'x86_64-linux-gnu',
  arm64: 'aarch64-linux-gnu',
  armel: 'arm-linux-gnueabi',
  armhf: 'arm-linux-gnueabihf',
  i386: 'i386-linux-gnu',
  loong64: 'loongarch64-linux-gnu',
  mips64el: 'mips64el-linux-gnuabi64',
  mipsel: 'mipsel-linux-gnu',
  ppc64: 'powerpc64-linux-gnu',
  ppc64el: 'powerpc64le-linux-gnu',
  riscv64: 'riscv64-linux-gnu',
  s390x: 's390x-linux-gnu',
  x32: 'x86_64-linux-gnux32',
};

/** `amd64` → `x86_64-linux-gnu`; undefined for `all` and for architectures not listed. */
export function multiarchTriplet(architecture: string): string | undefined {
  return Object.hasOwn(TRIPLETS, architecture) ? TRIPLETS[architecture] : undefined;
}
