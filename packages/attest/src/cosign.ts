/**
 * Signing with a cosign key, through the cosign CLI (2.x). cosign signs the DSSE
 * pre-authentication encoding of our own in-toto Statement v1 (`sign-blob`), and attaches the
 * envelope to the image in cosign's `.att` tag scheme (`attach attestation`), which
 * `cosign verify-attestation` reads. `cosign attest` is not used: it wraps the predicate in an
 * in-toto Statement v0.1 of its own, re-serialised through its Go types. The key's password
 * reaches cosign only as COSIGN_PASSWORD in its environment, never on a command line.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { commandLine, ExecError, execOrThrow } from '@pgforge/exec';
import type { ExecResult } from '@pgforge/exec';
import { envelopeOf, IN_TOTO_PAYLOAD_TYPE, preAuthEncoding } from './dsse.js';
import type { DsseEnvelope } from './dsse.js';
import { CosignError } from './errors.js';
import { cosignType, verifyAttestationArgs } from './verify.js';
import { keyFile, type CosignKey } from './key-input.js';

export interface CosignOptions {
  /** A file, or PEM text: written to a file only cosign can read, removed by dispose(). */
  key: CosignKey;
  /** The key's password, handed over as COSIGN_PASSWORD; absent: the environment's, else empty. */
  password?: string;
  /** cosign's whole environment (HOME, DOCKER_CONFIG for registry credentials, PATH). */
  env: Record<string, string | undefined>;
  /** Where the key written from PEM text lives while cosign runs. */
  workDir: string;
  /** Default `cosign` on PATH. */
  binary?: string;
  timeoutMs?: number;
  log?: (line: string) => void;
}

const INSTALL =
  'install cosign 2.x (Debian trixie: `apt-get install -t trixie cosign`; on GitHub: sigstore/cosign-installer)';

/** Verifies the attestation in the registry with the public key, offline (no Rekor). */
export function cosignVerifyCommand(
  publicKey: string,
  predicateType: string,
  reference: string,
): string {
  return commandLine(
    'cosign',
    verifyAttestationArgs({ method: 'cosign-key', publicKey }, predicateType, reference),
  );
}

/**
 * Verifies the saved envelope against the saved image manifest (whose sha256 is the subject's
 * digest), with no registry at all.
 */
export function cosignVerifyFileCommand(
  publicKey: string,
  predicateType: string,
  envelope: string,
  manifest: string,
): string {
  return commandLine('cosign', [
    'verify-blob-attestation',
    '--key',
    publicKey,
    '--signature',
    envelope,
    '--type',
    cosignType(predicateType),
    '--insecure-ignore-tlog=true',
    manifest,
  ]);
}

export class Cosign {
  private readonly binary: string;
  private keyFile?: string;
  private written = false;

  constructor(private readonly options: CosignOptions) {
    this.binary = options.binary ?? 'cosign';
  }

  /** cosign's version line (`v2.5.0` or `devel`); fails naming how to install it. */
  async version(): Promise<string> {
    const result = await this.run('report its version', ['version']);
    return /GitVersion:\s*(\S+)/.exec(result.stdout + result.stderr)?.[1] ?? 'unknown';
  }

  /** Signs the statement bytes as a DSSE envelope with the private key. */
  async signDsse(payload: Uint8Array, scratch: string): Promise<DsseEnvelope> {
    await mkdir(scratch, { recursive: true });
    const pae = join(scratch, 'statement.pae');
    const signature = join(scratch, 'statement.sig');
    await writeFile(pae, preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload));
    // sign-blob signs the bytes it is given with the key's own hash (SHA-256 for cosign's ECDSA
    // P-256 keys), exactly what cosign's DSSE signer does with the PAE.
    await this.run('sign the statement', [
      'sign-blob',
      '--key',
      await this.key(),
      '--tlog-upload=false',
      '--yes',
      '--output-signature',
      signature,
      pae,
    ]);
    const sig = (await readFile(signature, 'utf8')).trim();
    if (!/^[A-Za-z0-9+/]+=*$/.test(sig)) {
      throw new CosignError(
        'sign the statement',
        `sign-blob wrote no base64 signature to ${signature}`,
      );
    }
    return envelopeOf(IN_TOTO_PAYLOAD_TYPE, payload, [{ keyid: '', sig }]);
  }

  /** Pushes the envelope file to `<repository>:sha256-<hex>.att` as cosign lays attestations out. */
  async attach(envelopeFile: string, reference: string): Promise<void> {
    await this.run(`attach the attestation to ${reference}`, [
      'attach',
      'attestation',
      '--attestation',
      envelopeFile,
      reference,
    ]);
  }

  /**
   * Signs a file (a catalog) with the key, writing cosign's bundle beside it, which
   * `cosign verify-blob --key <pub> --bundle <bundle> --insecure-ignore-tlog=true <file>` checks.
   */
  async signBlob(file: string, bundle: string): Promise<void> {
    await this.run(`sign ${file}`, [
      'sign-blob',
      '--key',
      await this.key(),
      '--tlog-upload=false',
      '--yes',
      '--bundle',
      bundle,
      file,
    ]);
  }

  /** Writes the key's public half (what verifiers need) to `file`. */
  async writePublicKey(file: string): Promise<void> {
    await this.run('read the public key of the private key', [
      'public-key',
      '--key',
      await this.key(),
      '--outfile',
      file,
    ]);
  }

  /** Removes the key file written from PEM text. */
  async dispose(): Promise<void> {
    if (this.written && this.keyFile) {
      await rm(dirname(this.keyFile), { recursive: true, force: true });
    }
    this.written = false;
    this.keyFile = undefined;
  }

  private async key(): Promise<string> {
    if (this.keyFile) return this.keyFile;
    const { key } = this.options;
    const file = await keyFile(key, this.options.workDir, 'cosign.key');
    this.keyFile = file;
    this.written = 'pem' in key;
    return file;
  }

  private env(): Record<string, string | undefined> {
    const env = { ...this.options.env };
    // Set even when empty: an unset variable makes cosign prompt on a terminal there is not.
    env.COSIGN_PASSWORD = this.options.password ?? env.COSIGN_PASSWORD ?? '';
    return env;
  }

  private async run(step: string, args: string[]): Promise<ExecResult> {
    this.options.log?.(commandLine(this.binary, args));
    try {
      return await execOrThrow(this.binary, args, {
        env: this.env(),
        timeoutMs: this.options.timeoutMs ?? 300_000,
      });
    } catch (error) {
      if (error instanceof ExecError) {
        if (error.result === undefined) {
          throw new CosignError(step, `${error.reason}; ${INSTALL}`, { cause: error });
        }
        const tail = error.result.tail
          .filter((l) => l.trim() !== '')
          .slice(-10)
          .join('\n');
        throw new CosignError(
          step,
          `\`${error.commandLine}\` ${error.reason}${tail ? `:\n${tail}` : ''}`,
          {
            cause: error,
          },
        );
      }
      throw error;
    }
  }
}
