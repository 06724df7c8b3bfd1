/**
 * An apt configuration root shaped like GitHub's `ubuntu-24.04` runner image, as that image is:
 * Ubuntu's archive through apt's mirror method in ubuntu.sources (`mirror+file:` with the
 * suites noble, -updates, -backports, -security), Microsoft's package repository
 * (microsoft-prod.list), no Debian entry and no Debian keyring. The
 * project reads the host's apt sources only as a fallback; on such a host it must never take
 * one of these for Debian's archive.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const RUNNER_APT_FILES: Readonly<Record<string, string>> = {
  'etc/apt/sources.list': '# Ubuntu sources have moved to /etc/apt/sources.list.d/ubuntu.sources\n',
  'etc/apt/sources.list.d/ubuntu.sources': [
    'Types: deb',
    'URIs: mirror+file:/etc/apt/apt-mirrors.txt',
    'Suites: noble noble-updates noble-backports noble-security',
    'Components: main universe restricted multiverse',
    'Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg',
    '',
  ].join('\n'),
  'etc/apt/apt-mirrors.txt': 'http://azure.archive.ubuntu.invalid/ubuntu/\tpriority:1\n',
  'etc/apt/sources.list.d/microsoft-prod.list':
    'deb [arch=amd64,arm64,armhf] https://packages.microsoft.invalid/ubuntu/24.04/prod noble main\n',
};

/** A fresh directory holding that /etc/apt; pass it as the host's apt root. */
export async function runnerAptRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pgforge-runner-apt-'));
  for (const [path, text] of Object.entries(RUNNER_APT_FILES)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}
