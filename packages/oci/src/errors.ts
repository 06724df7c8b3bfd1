/**
 * Errors of registry operations. Messages name the registry, the repository and what happened,
 * and never carry a password or a token.
 */

export interface RegistryErrorDetails {
  registry: string;
  repository?: string;
  /** The HTTP status, when the registry answered. */
  status?: number;
  /** The registry's error code (`MANIFEST_UNKNOWN`, `DENIED`, …), when it sent one. */
  code?: string;
}

export class RegistryError extends Error {
  readonly registry: string;
  readonly repository?: string;
  readonly status?: number;
  readonly code?: string;

  constructor(message: string, details: RegistryErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RegistryError';
    this.registry = details.registry;
    if (details.repository !== undefined) this.repository = details.repository;
    if (details.status !== undefined) this.status = details.status;
    if (details.code !== undefined) this.code = details.code;
  }
}

export class ManifestNotFoundError extends RegistryError {
  constructor(
    readonly reference: string,
    details: RegistryErrorDetails,
    explanation: string,
  ) {
    super(`manifest ${reference} not found: ${explanation}`, details);
    this.name = 'ManifestNotFoundError';
  }
}

export class BlobNotFoundError extends RegistryError {
  constructor(
    readonly digest: string,
    details: RegistryErrorDetails,
    explanation: string,
  ) {
    super(
      `blob ${digest} not found in ${details.registry}/${details.repository ?? ''}: ${explanation}`,
      details,
    );
    this.name = 'BlobNotFoundError';
  }
}

export class DigestMismatchError extends RegistryError {
  constructor(
    readonly what: string,
    readonly expected: string,
    readonly actual: string,
    details: RegistryErrorDetails,
  ) {
    super(
      `${what} from ${details.registry} has digest ${actual}, expected ${expected}: the content is not what was asked for`,
      details,
    );
    this.name = 'DigestMismatchError';
  }
}

export class PlatformNotFoundError extends RegistryError {
  constructor(
    readonly reference: string,
    readonly platform: string,
    readonly available: string[],
    details: RegistryErrorDetails,
  ) {
    super(
      `${reference} has no manifest for platform ${platform}; it has ${available.length > 0 ? available.join(', ') : 'no image manifests'}`,
      details,
    );
    this.name = 'PlatformNotFoundError';
  }
}

/** A response the client cannot read as the spec says it should be. */
export class InvalidManifestError extends RegistryError {
  constructor(reference: string, reason: string, details: RegistryErrorDetails) {
    super(`manifest ${reference} from ${details.registry} is not usable: ${reason}`, details);
    this.name = 'InvalidManifestError';
  }
}

/**
 * An answer longer than the request allows: a manifest over the manifest limit, a blob longer
 * than its descriptor says. Nothing past the limit was read.
 */
export class ResponseTooLargeError extends RegistryError {
  constructor(
    /** `manifest ghcr.io/x/y:1`, `blob sha256:… of x/y`. */
    readonly what: string,
    /** The most bytes allowed. */
    readonly limit: number,
    /** `4 MiB (the limit for manifests and indexes)`. */
    limitText: string,
    /** The bytes read before stopping, or the Content-Length the registry announced. */
    readonly received: number,
    announced: boolean,
    details: RegistryErrorDetails,
  ) {
    super(
      statusMessage(
        details.status,
        details,
        `${what} is longer than ${limitText}: ` +
          (announced
            ? `the registry announced ${received} bytes, and none were read`
            : `the registry sent more than ${limit} bytes, and reading stopped there`),
      ),
      details,
    );
    this.name = 'ResponseTooLargeError';
  }
}

/** A blob whose length is not the size its descriptor gives. */
export class BlobSizeMismatchError extends RegistryError {
  constructor(
    readonly digest: string,
    readonly expected: number,
    readonly actual: number,
    details: RegistryErrorDetails,
  ) {
    super(
      `blob ${digest} from ${details.registry}/${details.repository ?? ''} is ${actual} bytes, ` +
        `but its descriptor says ${expected}: the content is not what was asked for`,
      details,
    );
    this.name = 'BlobSizeMismatchError';
  }
}

export interface RegistryErrorBody {
  code?: string;
  message?: string;
}

/** The first entry of the distribution spec's `{"errors": [{code, message, detail}]}` body. */
export function parseErrorBody(body: Uint8Array): RegistryErrorBody | undefined {
  if (body.length === 0 || body.length > 65536) return undefined;
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(body));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const errors = (parsed as { errors?: unknown }).errors;
    if (!Array.isArray(errors) || errors.length === 0) return undefined;
    const first = errors[0] as { code?: unknown; message?: unknown };
    const result: RegistryErrorBody = {};
    if (typeof first.code === 'string') result.code = first.code;
    if (typeof first.message === 'string') result.message = first.message;
    return result;
  } catch {
    return undefined;
  }
}

/** `401 from 127.0.0.1:5001 for repository x/y: <explanation>` */
export function statusMessage(
  status: number | undefined,
  details: RegistryErrorDetails,
  explanation: string,
): string {
  const where = details.repository
    ? `${details.registry} for repository ${details.repository}`
    : details.registry;
  return status === undefined
    ? `${where}: ${explanation}`
    : `${status} from ${where}: ${explanation}`;
}
