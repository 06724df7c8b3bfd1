/**
 * SBOM attestations: the SBOM document itself is the predicate. Its format is read from the
 * document, not from the file name.
 */
import { UserError } from '@pgforge/errors';

/**
 * The predicate types cosign's `--type spdxjson` and `--type cyclonedx` stand for, so that
 * `cosign verify-attestation --type spdxjson` finds what was signed. (in-toto's SPDX predicate
 * page names this URI; its example adds `/v2.3`, which cosign's short names do not match.)
 */
export const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
export const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';

export type SbomFormat = 'spdx-json' | 'cyclonedx-json';

export interface SbomPredicate {
  format: SbomFormat;
  predicateType: string;
  /** The document, parsed. */
  document: Record<string, unknown>;
}

const EXPECTED =
  'an SPDX JSON document (with spdxVersion "SPDX-2.x") or a CycloneDX JSON document ' +
  '(with bomFormat "CycloneDX")';

/** Reads the SBOM's format from its content; `source` names it in errors (its path). */
export function sbomPredicate(text: string, source: string): SbomPredicate {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw UserError.notAllowed(
      'sbom',
      source,
      `${EXPECTED}; it is not JSON (${(error as Error).message})`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw UserError.notAllowed('sbom', source, `${EXPECTED}; it is not a JSON object`);
  }
  const document = parsed as Record<string, unknown>;
  if (typeof document.spdxVersion === 'string' && document.spdxVersion.startsWith('SPDX-')) {
    return { format: 'spdx-json', predicateType: SPDX_PREDICATE_TYPE, document };
  }
  if (document.bomFormat === 'CycloneDX') {
    return { format: 'cyclonedx-json', predicateType: CYCLONEDX_PREDICATE_TYPE, document };
  }
  throw UserError.notAllowed('sbom', source, EXPECTED);
}
