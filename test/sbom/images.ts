/**
 * Images the SBOM tests read from the test registry: a scratch image in the extension layout
 * (two platforms, zstd layers, built by buildx without emulation: it only copies files) and the
 * trixie base image as pushed, to compare an operand image to.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { run } from '@pgforge/testkit';

export const EXTENSION_CONTROL =
  "# vector extension\ncomment = 'vector data type and ivfflat and hnsw access methods'\n" +
  "default_version = '0.8.0'\nmodule_pathname = '$libdir/vector'\nrelocatable = true\n";

export const EXTENSION_COPYRIGHT = `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: pgvector
Source: https://github.com/pgvector/pgvector

Files: *
Copyright: 2021-2025 Andrew Kane
License: PostgreSQL

Files: debian/*
Copyright: 2021 Christoph Berg
License: PostgreSQL
`;

export interface ExtensionTestImage {
  /** `<registry>/<repository>:<tag>` */
  reference: string;
  repository: string;
  /** sha256 of each file that the SBOM hashes (lib/, system/), by path. */
  sha256: Record<string, string>;
}

/**
 * Builds and pushes a FROM scratch image with `lib/vector.so`, a bitcode file,
 * `share/extension/vector.control` and its script, `system/libfoo.so.1.2.3` (+ symlink) and
 * `licenses/postgresql-17-pgvector/copyright`, for linux/amd64 and linux/arm64, zstd-compressed.
 */
export async function pushExtensionImage(
  registry: string,
  workDir: string,
  repository = `it-sbom-ext-${randomBytes(4).toString('hex')}/vector`,
): Promise<ExtensionTestImage> {
  const context = await mkdtemp(join(workDir, 'ext-'));
  const files: Record<string, string | Buffer> = {
    'lib/vector.so': randomBytes(4096),
    'lib/bitcode/vector/src/ivfflat.bc': randomBytes(512),
    'share/extension/vector.control': EXTENSION_CONTROL,
    'share/extension/vector--0.8.0.sql': 'CREATE TYPE vector;\n',
    'system/libfoo.so.1.2.3': randomBytes(2048),
    'licenses/postgresql-17-pgvector/copyright': EXTENSION_COPYRIGHT,
  };
  const sha256: Record<string, string> = {};
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(context, 'root', path)), { recursive: true });
    await writeFile(join(context, 'root', path), content);
    if (/^(lib|system)\//.test(path)) {
      sha256[path] = createHash('sha256').update(content).digest('hex');
    }
  }
  // A symlink as the packages ship it; COPY of a directory keeps it a symlink.
  await symlink('libfoo.so.1.2.3', join(context, 'root', 'system', 'libfoo.so.1'));
  await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY root/ /\n');
  const reference = `${registry}/${repository}:0.8.0-17-trixie`;
  await run(
    'docker',
    [
      'buildx',
      'build',
      '--platform',
      'linux/amd64,linux/arm64',
      '--provenance=false',
      '--sbom=false',
      '--output',
      `type=registry,name=${reference},compression=zstd,force-compression=true,oci-mediatypes=true`,
      context,
    ],
    { timeoutMs: 10 * 60_000 },
  );
  return { reference, repository, sha256 };
}

/** Pushes the local `debian:trixie-slim` to the registry, unchanged, as an earlier image. */
export async function pushBaseImage(
  registry: string,
  workDir: string,
  base: string,
  repository: string,
): Promise<string> {
  const context = await mkdtemp(join(workDir, 'base-'));
  await writeFile(join(context, 'Dockerfile'), `FROM ${base}\n`);
  const reference = `${registry}/${repository}:base`;
  await run(
    'docker',
    [
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      '--provenance=false',
      '--sbom=false',
      '--output',
      `type=registry,name=${reference}`,
      context,
    ],
    { timeoutMs: 10 * 60_000 },
  );
  return reference;
}
