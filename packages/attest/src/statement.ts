/**
 * The in-toto Statement v1 (github.com/in-toto/attestation, spec/v1/statement.md): the signed
 * middle layer binding a predicate to the image digests it is about. Built here once, for both
 * signers, so the bytes a cosign key signs and the statement GitHub's signer wraps are the same.
 */

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

/** A ResourceDescriptor as a Statement subject: a name and at least the sha256 digest. */
export interface StatementSubject {
  /** The image without tag or digest, `ghcr.io/owner/postgresql`, as cosign and GitHub name it. */
  name: string;
  /** Algorithm → lowercase hex, e.g. `{ sha256: '…' }`. */
  digest: Record<string, string>;
}

export interface Statement<P = unknown> {
  _type: typeof STATEMENT_TYPE;
  subject: StatementSubject[];
  predicateType: string;
  predicate: P;
}

export interface BuildStatementOptions<P> {
  subjects: StatementSubject[];
  predicateType: string;
  predicate: P;
}

/**
 * The statement, its members in the order @actions/attest writes them (`_type`, `subject`,
 * `predicateType`, `predicate`), so both signers serialise it to the same bytes.
 */
export function buildStatement<P>(options: BuildStatementOptions<P>): Statement<P> {
  return {
    _type: STATEMENT_TYPE,
    subject: options.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
    predicateType: options.predicateType,
    predicate: options.predicate,
  };
}

/** The bytes that are signed: compact JSON, as @actions/attest serialises it. */
export function statementBytes(statement: Statement): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(statement));
}
