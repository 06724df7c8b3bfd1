/**
 * Image references, parsed and normalised as the docker CLI does (distribution's
 * `ParseNormalizedNamed`): `debian:trixie-slim` is `docker.io/library/debian:trixie-slim`.
 */
import { InvalidDigestError, parseDigest } from './digest.js';

export interface ImageReference {
  /** Host and optional port: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** Path inside the registry: `library/debian`, `cloudnative-pg/postgresql`. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** A repository without a tag or digest (what `listTags` takes). */
export type RepositoryReference = Pick<ImageReference, 'registry' | 'repository'>;

export class InvalidReferenceError extends Error {
  constructor(
    readonly value: string,
    readonly rule: string,
  ) {
    super(`invalid image reference "${value}": ${rule}`);
    this.name = 'InvalidReferenceError';
  }
}

export const DOCKER_HUB = 'docker.io';

/**
 * A repository name as a workflow writes it, `ghcr.io/${{ github.repository_owner }}/pg`, in
 * the lower case every registry requires: an owner `MyOrg` pushes to `ghcr.io/myorg/pg`, as
 * docker/metadata-action names it. Only a name without tag or digest is given here (a
 * registry, a repository), so all of it is lowered; hosts are case-insensitive anyway.
 */
export function lowercaseName(name: string): string {
  return name.toLowerCase();
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`,
);
const TAG = /^[\w][\w.-]{0,127}$/;
const HEX64 = /^[a-f0-9]{64}$/;
const NAME_MAX = 255;

/**
 * Parses `[registry/]repository[:tag][@digest]`. Without a registry, or when the first path
 * component has no `.` or `:` and is not `localhost`, the registry is Docker Hub, whose
 * one-component names live under `library/`.
 */
export function parseReference(ref: string): ImageReference {
  if (ref.length === 0) throw new InvalidReferenceError(ref, 'the reference is empty');
  if (/\s/.test(ref)) throw new InvalidReferenceError(ref, 'a reference contains no whitespace');

  const at = ref.indexOf('@');
  const namePart = at === -1 ? ref : ref.slice(0, at);
  const digest = at === -1 ? undefined : ref.slice(at + 1);

  let registry: string;
  let remainder: string;
  const slash = namePart.indexOf('/');
  const first = slash === -1 ? '' : namePart.slice(0, slash);
  if (
    slash === -1 ||
    (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)
  ) {
    registry = DOCKER_HUB;
    remainder = namePart;
  } else {
    registry = first;
    remainder = namePart.slice(slash + 1);
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB;

  let repository = remainder;
  let tag: string | undefined;
  const colon = remainder.lastIndexOf(':');
  if (colon !== -1 && colon > remainder.lastIndexOf('/')) {
    repository = remainder.slice(0, colon);
    tag = remainder.slice(colon + 1);
  }

  if (!DOMAIN.test(registry)) {
    throw new InvalidReferenceError(
      ref,
      `registry "${registry}" must be a host name or [IPv6] address with an optional :port`,
    );
  }
  if (repository.length === 0) {
    throw new InvalidReferenceError(ref, 'the repository name is empty');
  }
  if (registry === DOCKER_HUB && HEX64.test(repository)) {
    throw new InvalidReferenceError(
      ref,
      'a repository name cannot be a 64-character hexadecimal string (an image ID)',
    );
  }
  if (repository.toLowerCase() !== repository) {
    throw new InvalidReferenceError(ref, `repository "${repository}" must be lowercase`);
  }
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  for (const component of repository.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      throw new InvalidReferenceError(
        ref,
        `repository component "${component}" must be lowercase letters and digits, separated by ".", "_", "__" or dashes ([a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)`,
      );
    }
  }
  if (registry.length + 1 + repository.length > NAME_MAX) {
    throw new InvalidReferenceError(
      ref,
      `registry and repository together must be at most ${NAME_MAX} characters`,
    );
  }
  if (tag !== undefined && !TAG.test(tag)) {
    throw new InvalidReferenceError(
      ref,
      `tag "${tag}" must be 1 to 128 of letters, digits, "_", "." and "-", not starting with "." or "-" ([\\w][\\w.-]{0,127})`,
    );
  }
  if (digest !== undefined) {
    try {
      parseDigest(digest);
    } catch (error) {
      if (!(error instanceof InvalidDigestError)) throw error;
      throw new InvalidReferenceError(
        ref,
        `digest "${digest}" must be algorithm:hex (sha256: and 64 lowercase hex digits)`,
      );
    }
  }

  const result: ImageReference = { registry, repository };
  if (tag !== undefined) result.tag = tag;
  if (digest !== undefined) result.digest = digest;
  return result;
}

/** `registry/repository[:tag][@digest]`, always with the registry (the canonical form). */
export function formatReference(ref: ImageReference): string {
  return (
    `${ref.registry}/${ref.repository}` +
    (ref.tag !== undefined ? `:${ref.tag}` : '') +
    (ref.digest !== undefined ? `@${ref.digest}` : '')
  );
}

/** Takes either form callers have at hand. */
export function toReference(ref: ImageReference | string): ImageReference {
  return typeof ref === 'string' ? parseReference(ref) : ref;
}
