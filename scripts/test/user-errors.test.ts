// One user-error contract (issue 21): every class of a person's mistake in the repository extends
// @pgforge/errors' UserError, so the front ends decide with `instanceof` alone. The table holds
// one of each; the source scan fails when a class that extends one of them is not in the table.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError, UserError as ActionUserError } from '@pgforge/action-io';
import { AttestError, CosignError, GithubSigningError } from '@pgforge/attest';
import { KeyringContextError } from '@pgforge/bake';
import { CatalogError } from '@pgforge/catalog';
import { ConfigError } from '@pgforge/config';
import { UserError } from '@pgforge/errors';
import { ExecError } from '@pgforge/exec';
import {
  DirectoryError,
  ExtensionError,
  ExtensionOptionsError,
  ModuleArchitectureError,
  NoControlFileError,
  NoModuleError,
  NotAnExtensionError,
  PathEscapeError,
  PlatformMissingError,
  SystemLibraryError,
  UnknownPackageError,
} from '@pgforge/extension';
import { RegistryError } from '@pgforge/oci';
import { TargetSelectionError } from '@pgforge/operand';
import { PromoteError, PromoteRefusedError } from '@pgforge/promote';
import { AttachError, SbomError } from '@pgforge/sbom';
import { CheckFailure, CnpgVersionError, ExtensionEntriesError } from '@pgforge/smoke';
import { TargetListError } from '@pgforge/targets';
import { InputFileError, UsageError } from '../../packages/cli/src/errors.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One of each user error class, by class name. */
const USER_ERRORS: Record<string, Error> = {
  UserError: new UserError('x'),
  ConfigError: new ConfigError([{ origin: 'images.yaml', field: 'postgres', message: 'x' }]),
  InputError: new InputError('mode', 'cluster', 'container, kind, all'),
  UsageError: new UsageError('--x: y'),
  InputFileError: new InputFileError('--targets: file not found: t.json'),
  ExtensionError: new ExtensionError('x'),
  ExtensionOptionsError: new ExtensionOptionsError('tags', 'no template given'),
  UnknownPackageError: new UnknownPackageError('postgresql-18-x', 'Debian sid'),
  PlatformMissingError: new PlatformMissingError('p', ['arm64'], ['amd64'], 'Debian sid'),
  NotAnExtensionError: new NotAnExtensionError('p', 'no files'),
  NoControlFileError: new NoControlFileError('p', 'nothing'),
  NoModuleError: new NoModuleError('vector', 'vector.control', []),
  PathEscapeError: new PathEscapeError('../x', 'leaves the root'),
  ModuleArchitectureError: new ModuleArchitectureError('lib/x.so', 'x86-64', 'arm64', 'aarch64'),
  SystemLibraryError: new SystemLibraryError('libx.so.1', 'lib/x.so', 'no package ships it'),
  DirectoryError: new DirectoryError('tree', 'not found'),
  TargetSelectionError: new TargetSelectionError('no target 19-minimal-trixie'),
  TargetListError: new TargetListError('not a JSON array of targets', '{}'),
  ExtensionEntriesError: new ExtensionEntriesError(['entry 1: name is missing']),
  CnpgVersionError: new CnpgVersionError('1.0.0'),
  CatalogError: CatalogError.notAllowed('kind', 'Catalog', 'ClusterImageCatalog, ImageCatalog'),
  PromoteError: PromoteError.notAllowed('to', 'r/pg:1', 'a repository, without tag or digest'),
  PromoteRefusedError: new PromoteRefusedError([{ image: 'r/pg@sha256:a', reason: 'no report' }]),
  KeyringContextError: new KeyringContextError(
    '/w/keys/pgdg.asc',
    'not in this checkout',
    'keys/pgdg.asc',
  ),
};

/** Failures of the tool or its environment: not a person's mistake, so they keep their stack. */
const OTHER_ERRORS: Record<string, Error> = {
  AttestError: new AttestError('x'),
  CosignError: new CosignError('sign', 'x'),
  GithubSigningError: new GithubSigningError('x'),
  SbomError: new SbomError('x'),
  AttachError: new AttachError('r/pg', 'x'),
  ExecError: new ExecError('docker buildx bake', 'exited with 1'),
  RegistryError: new RegistryError('x', { registry: 'ghcr.io' }),
  CheckFailure: new CheckFailure('x'),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every class declared in a product or action source that extends UserError, at any depth. */
function userErrorClasses(): string[] {
  const children = new Map<string, string[]>();
  for (const top of ['packages', 'actions']) {
    for (const name of readdirSync(join(ROOT, top))) {
      const src = join(ROOT, top, name, 'src');
      let files: string[];
      try {
        files = sourceFiles(src);
      } catch {
        continue;
      }
      for (const file of files) {
        for (const m of readFileSync(file, 'utf8').matchAll(/class (\w+) extends (\w+)/g)) {
          const [, child = '', parent = ''] = m;
          children.set(parent, [...(children.get(parent) ?? []), child]);
        }
      }
    }
  }
  const found = new Set(['UserError']);
  for (const name of found) for (const c of children.get(name) ?? []) found.add(c);
  return [...found].sort();
}

describe('user errors', () => {
  it.each(Object.entries(USER_ERRORS))('%s is a UserError', (name, error) => {
    expect(error).toBeInstanceOf(UserError);
    expect(error.constructor.name).toBe(name);
  });

  it.each(Object.entries(OTHER_ERRORS))('%s is not: a failure keeps its stack', (_, error) => {
    expect(error).not.toBeInstanceOf(UserError);
  });

  it('the table holds every class that extends UserError in the sources', () => {
    expect(Object.keys(USER_ERRORS).sort()).toEqual(userErrorClasses());
  });

  it("action-io's UserError is the one base class", () => {
    expect(ActionUserError).toBe(UserError);
  });
});
