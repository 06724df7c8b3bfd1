/**
 * Errors a person can act on: each names the image or file, the value, and what was expected. A
 * bad option is a person's mistake, `UserError.notAllowed(option, value, expected)`.
 */

// The layer reader's errors are oci's (one reader of layers); the SBOM reports them as they are.
export { LayerReadError, UnsupportedLayerError } from '@pgforge/oci';

export class SbomError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SbomError';
  }
}

/** An image with neither a dpkg database nor the layout of an extension image. */
export class NoPackagesFoundError extends SbomError {
  constructor(readonly image: string) {
    super(
      `${image} has no dpkg database (var/lib/dpkg/status or var/lib/dpkg/status.d/) and is not ` +
        'an extension image (share/extension/*.control); an SBOM lists Debian packages or ' +
        'extension files, and this image has neither',
    );
    this.name = 'NoPackagesFoundError';
  }
}

/** Attaching an SBOM to its image failed (push of the artifact or of the referrers tag). */
export class AttachError extends SbomError {
  constructor(
    readonly image: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`could not attach the SBOM to ${image}: ${reason}`, options);
    this.name = 'AttachError';
  }
}
