/**
 * Extension images for PostgreSQL 18 in CNPG's layout (`/lib`, `/share/extension`,
 * `/licenses/<package>/copyright`), built FROM scratch from the Debian packages of the sid
 * archive and pushed to the test registry with the `io.cloudnativepg.image.sql.version`
 * annotation. They stand in for the project's extension assembler in the smoke tests; the
 * broken variants are what the smoke test must catch.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtensionEntry } from '@pgforge/smoke';
import { run } from '../setup/docker.js';

export const SQL_VERSION_ANNOTATION = 'io.cloudnativepg.image.sql.version';

export type ExtensionImageKind =
  /** pgvector as it should be. */
  | 'pgvector'
  /** pgvector without `vector.control`: PostgreSQL cannot see the extension. */
  | 'pgvector-without-control'
  /** PostGIS without `/system`: its module needs libgeos and more, which minimal lacks. */
  | 'postgis-without-system';

interface Recipe {
  name: string;
  repository: string;
  packages: string[];
  dropControl: boolean;
  /** The control file whose default_version the annotation states. */
  control: string;
}

const RECIPES: Record<ExtensionImageKind, Recipe> = {
  pgvector: {
    name: 'vector',
    repository: 'smoke-ext/pgvector',
    packages: ['postgresql-18-pgvector'],
    dropControl: false,
    control: 'vector',
  },
  'pgvector-without-control': {
    name: 'vector',
    repository: 'smoke-ext/pgvector-without-control',
    packages: ['postgresql-18-pgvector'],
    dropControl: true,
    control: 'vector',
  },
  'postgis-without-system': {
    name: 'postgis',
    repository: 'smoke-ext/postgis-without-system',
    packages: ['postgresql-18-postgis-3', 'postgresql-18-postgis-3-scripts'],
    dropControl: false,
    control: 'postgis',
  },
};

// apt reaches the mirror through the base image's own sources; a base without any gets them
// from the MIRROR argument. Everything but the contract layout stays in the first stage.
const DOCKERFILE = `ARG BASE_IMAGE=debian:sid-slim
FROM \${BASE_IMAGE} AS files
ARG PACKAGES
ARG MIRROR
ARG DROP_CONTROL=false
SHELL ["/bin/bash", "-o", "pipefail", "-ec"]
RUN <<'EOS'
if ! grep -hqs '^[^#[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; then
  echo "deb \${MIRROR} sid main" > /etc/apt/sources.list
fi
apt_opts=(-qq -o Acquire::Check-Valid-Until=false)
apt-get "\${apt_opts[@]}" update
mkdir -p /tmp/debs /tmp/root /out/lib /out/share/extension
cd /tmp/debs
apt-get "\${apt_opts[@]}" download \${PACKAGES}
for deb in *.deb; do dpkg-deb -x "$deb" /tmp/root; done
cp -a /tmp/root/usr/lib/postgresql/18/lib/. /out/lib/
cp -a /tmp/root/usr/share/postgresql/18/extension/. /out/share/extension/
for pkg in \${PACKAGES}; do
  if [ -e "/tmp/root/usr/share/doc/$pkg/copyright" ]; then
    mkdir -p "/out/licenses/$pkg"
    cp -L "/tmp/root/usr/share/doc/$pkg/copyright" "/out/licenses/$pkg/copyright"
  fi
done
sed -i 's|\\$libdir/||g' /out/share/extension/*.sql
# PostGIS ships postgis-3.control; the package's postinst makes postgis.control point at it
# (update-alternatives), which unpacking skips.
for c in /out/share/extension/*-3.control; do
  [ -e "$c" ] || continue
  [ -e "\${c%-3.control}.control" ] || cp "$c" "\${c%-3.control}.control"
done
if [ "$DROP_CONTROL" = true ]; then rm -f /out/share/extension/*.control; fi
EOS

FROM scratch
COPY --from=files /out/ /
`;

export interface ExtensionImage {
  kind: ExtensionImageKind;
  reference: string;
  /** What the annotation says. */
  sqlVersion: string;
  /** The `.spec.postgresql.extensions` entry for it, as the extension action would emit. */
  entry: ExtensionEntry;
}

export interface ExtensionImageOptions {
  registry: string;
  mirror: string;
  workDir: string;
  /** The sid base (inject('baseImages').sid). */
  baseImage: string;
  /** Annotate this version instead of the control file's (a wrong annotation, on purpose). */
  sqlVersion?: string;
}

function buildArgs(recipe: Recipe, options: ExtensionImageOptions): string[] {
  return [
    '--build-arg',
    `BASE_IMAGE=${options.baseImage}`,
    '--build-arg',
    `PACKAGES=${recipe.packages.join(' ')}`,
    '--build-arg',
    `MIRROR=${options.mirror}`,
    '--build-arg',
    `DROP_CONTROL=${recipe.dropControl}`,
    '--platform',
    'linux/amd64',
    '--progress',
    'plain',
  ];
}

/** `default_version = '0.8.1'` of a control file. */
export function defaultVersion(control: string): string | undefined {
  return /^\s*default_version\s*=\s*'([^']+)'/m.exec(control)?.[1];
}

export async function extensionImage(
  kind: ExtensionImageKind,
  options: ExtensionImageOptions,
): Promise<ExtensionImage> {
  const recipe = RECIPES[kind];
  const context = await mkdtemp(join(options.workDir, `ext-${kind}-`));
  try {
    await writeFile(join(context, 'Dockerfile'), DOCKERFILE);
    // First the files alone (for the version the annotation states), then the image: the
    // second build is a cache hit but for the export.
    const files = join(context, 'files');
    await mkdir(files);
    const common = buildArgs({ ...recipe, dropControl: false }, options);
    await run(
      'docker',
      ['buildx', 'build', ...common, '--output', `type=local,dest=${files}`, context],
      {
        timeoutMs: 10 * 60_000,
      },
    );
    const control = await readFile(
      join(files, 'share', 'extension', `${recipe.control}.control`),
      'utf8',
    );
    const found = defaultVersion(control);
    if (!found)
      throw new Error(`${recipe.control}.control of ${kind} has no default_version:\n${control}`);
    const sqlVersion = options.sqlVersion ?? found;
    const tag = `${sqlVersion}-18-sid${options.sqlVersion ? '-misannotated' : ''}`;
    const reference = `${options.registry}/${recipe.repository}:${tag}`;
    await run(
      'docker',
      [
        'buildx',
        'build',
        ...buildArgs(recipe, options),
        '--provenance=false',
        '--annotation',
        `manifest:${SQL_VERSION_ANNOTATION}=${sqlVersion}`,
        '--tag',
        reference,
        '--output',
        'type=registry',
        context,
      ],
      { timeoutMs: 10 * 60_000 },
    );
    // The docker driver keeps a copy in the local store; the smoke test must read the registry.
    await run('docker', ['image', 'rm', '--force', reference], { allowFailure: true });
    return { kind, reference, sqlVersion, entry: { name: recipe.name, image: { reference } } };
  } finally {
    await rm(context, { recursive: true, force: true });
  }
}
