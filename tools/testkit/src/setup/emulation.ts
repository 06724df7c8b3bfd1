import { readFile } from 'node:fs/promises';
import { byDebianArchitecture, hostPlatform } from '@pgforge/platform';

/** Where binfmt_misc lists its entries; bookworm's qemu-user-static names them qemu-<cpu>. */
export const BINFMT_MISC = '/proc/sys/fs/binfmt_misc';

const SETUP_HINT =
  '`bash scripts/test-env.sh` registers QEMU on Debian with root (qemu-user-static, ' +
  'binfmt-support, update-binfmts --enable qemu-aarch64)';

/**
 * Why binaries of Debian architecture `arch` cannot run on this host, or undefined when they
 * can: natively, or through a binfmt_misc entry for QEMU that is enabled and has the F
 * (fix-binary) flag. Without F the kernel looks the interpreter up by path inside each chroot
 * or container, which have none, so the entry would work for the host alone.
 */
export async function emulationProblem(arch: string): Promise<string | undefined> {
  const host = hostPlatform();
  const wanted = byDebianArchitecture(arch);
  if (wanted.platform === host.platform) return undefined;
  const entry = `${BINFMT_MISC}/qemu-${wanted.elfMachine}`;
  const text = await readFile(entry, 'utf8').catch(() => undefined);
  if (text === undefined) {
    return `${arch} binaries do not run on this ${host.debianArchitecture} host: there is no ${entry} (binfmt_misc not mounted, or QEMU not registered); ${SETUP_HINT}`;
  }
  const lines = text.split('\n');
  if (!lines.includes('enabled')) return `${entry} is disabled; ${SETUP_HINT}`;
  const flags =
    lines
      .find((l) => l.startsWith('flags:'))
      ?.slice('flags:'.length)
      .trim() ?? '';
  if (!flags.includes('F')) {
    return `${entry} has flags "${flags}", without F (fix-binary): ${arch} steps inside containers would not find their interpreter; re-register it with --fix-binary (${SETUP_HINT})`;
  }
  return undefined;
}
