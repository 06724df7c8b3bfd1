/**
 * A base image made on paper, for the bench: per architecture one layer holding what the
 * matrix reads of a `debian:<suite>-slim` (the official `debian.sources`, the keyring it names,
 * and a dpkg status listing what `debootstrap --variant=minbase` installs from the suite's real
 * index, at the suite's versions), pushed as one index to a registry. No rootfs: the matrix
 * never runs the base, and building real ones for two distributions and two architectures
 * would take the bench minutes under emulation.
 */
import { readFile } from 'node:fs/promises';
import { minbaseRoots, predictInstall, type BinaryPackage, type PackageIndex } from '@pgforge/apt';
import { DEBIAN_KEYRING } from '@pgforge/config';
import { buildImage, buildIndex, buildLayer, MediaTypes } from '@pgforge/oci';
import { clientFor } from './push.js';

export interface PaperBaseOptions {
  host: string;
  repository: string;
  tag: string;
  suite: string;
  /** The main archive's and the security archive's URIs, as the sources name them. */
  mirror: string;
  securityMirror: string;
  /** The suite's own index (not -updates or -security) per Debian architecture. */
  indexes: Record<string, PackageIndex>;
}

function statusStanza(p: BinaryPackage): string {
  return [
    `Package: ${p.package}`,
    'Status: install ok installed',
    ...(p.priority ? [`Priority: ${p.priority}`] : []),
    ...(p.essential ? ['Essential: yes'] : []),
    `Architecture: ${p.architecture}`,
    ...(p.source !== p.package || p.sourceVersion
      ? [
          `Source: ${p.source}${p.sourceVersion && p.sourceVersion !== p.version ? ` (${p.sourceVersion})` : ''}`,
        ]
      : []),
    `Version: ${p.version}`,
    ...(p.provides ? [`Provides: ${p.provides}`] : []),
    ...(p.preDepends ? [`Pre-Depends: ${p.preDepends}`] : []),
    ...(p.depends ? [`Depends: ${p.depends}`] : []),
    `Description: ${p.package}`,
    '',
  ].join('\n');
}

/** Pushes the paper base; returns its reference and how many packages each architecture holds. */
export async function pushPaperBase(
  options: PaperBaseOptions,
): Promise<{ reference: string; packages: number }> {
  const client = clientFor({ host: options.host, repository: options.repository });
  const repository = { registry: options.host, repository: options.repository };
  const keyring = await readFile(DEBIAN_KEYRING);
  const sources = [
    'Types: deb',
    `URIs: ${options.mirror}`,
    `Suites: ${options.suite} ${options.suite}-updates`,
    'Components: main',
    `Signed-By: ${DEBIAN_KEYRING}`,
    '',
    'Types: deb',
    `URIs: ${options.securityMirror}`,
    `Suites: ${options.suite}-security`,
    'Components: main',
    `Signed-By: ${DEBIAN_KEYRING}`,
    '',
  ].join('\n');
  const manifests = [];
  let packages = 0;
  for (const [architecture, index] of Object.entries(options.indexes)) {
    const installed = predictInstall({ indexes: [index], roots: minbaseRoots(index) }).packages;
    packages = installed.size;
    const status = [...installed.values()]
      .sort((a, b) => (a.package < b.package ? -1 : 1))
      .map(statusStanza)
      .join('\n');
    const layer = await buildLayer([
      { path: 'etc/apt/sources.list.d/debian.sources', type: 'file', data: sources },
      { path: DEBIAN_KEYRING, type: 'file', data: new Uint8Array(keyring) },
      { path: 'var/lib/dpkg/status', type: 'file', data: status },
      {
        path: 'etc/os-release',
        type: 'file',
        data: `PRETTY_NAME="Debian GNU/Linux (${options.suite}, on paper)"\nID=debian\nVERSION_CODENAME=${options.suite}\n`,
      },
    ]);
    await client.pushBlob(repository, layer.blob, { mediaType: MediaTypes.ociLayerGzip });
    const image = buildImage({
      platform: `linux/${architecture}`,
      layers: [
        {
          mediaType: MediaTypes.ociLayerGzip,
          digest: layer.digest,
          size: layer.size,
          diffId: layer.diffId,
        },
      ],
    });
    for (const blob of [image.config]) {
      await client.pushBlob(repository, blob.bytes, { mediaType: blob.mediaType });
    }
    await client.pushManifest(
      { ...repository, digest: image.manifest.digest },
      image.manifest.bytes,
      image.manifest.mediaType,
    );
    manifests.push({ ...image.manifest, platform: image.platform });
  }
  const index = buildIndex({ manifests });
  await client.pushManifest({ ...repository, tag: options.tag }, index.bytes, index.mediaType);
  return { reference: `${options.host}/${options.repository}:${options.tag}`, packages };
}
