/**
 * InRelease files this machine has verified, so that a warm run does not verify the same bytes
 * again: OpenPGP verification of a suite's 190 KB InRelease (armour, cleartext, RSA) was the
 * largest part of a warm extension build left after its indexes were stored (issue 22).
 *
 * A record is the signed text, kept sealed (sealed-file.ts: only what this machine computed
 * is trusted) under the digest of the InRelease's bytes and of every keyring file's bytes, so
 * other bytes, or other keys, never find it. It is trusted for a day after it was verified:
 * what the signature check depends on besides those bytes is the date (a key or signature that
 * expires), and a day bounds how late an expiry is seen. Valid-Until and the Date field are
 * checked on every run by the caller, as before.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { codeVersion } from './code-version.js';
import { KeyringError, errorText } from './errors.js';
import { SealedStore } from './sealed-file.js';

const TRUSTED_FOR_MS = 24 * 60 * 60 * 1000;

interface VerifiedRecord {
  at: string;
  text: string;
}

function isRecord(value: unknown): value is VerifiedRecord {
  const v = value as Partial<VerifiedRecord> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.at === 'string' && typeof v.text === 'string'
  );
}

async function fileDigest(path: string): Promise<string> {
  try {
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  } catch (error) {
    throw new KeyringError(path, `cannot be read: ${errorText(error)}`);
  }
}

/** What a verification used: the signed text, and the digests of the keyrings that checked it. */
export interface Verified {
  text: string;
  keyrings: readonly string[];
}

export class VerifiedReleases {
  readonly #store: Promise<SealedStore> | undefined;

  /** No cache directory, no records: every InRelease is verified. */
  constructor(cacheDir: string | undefined) {
    this.#store =
      cacheDir === undefined
        ? undefined
        : codeVersion().then((v) => new SealedStore(join(cacheDir, 'verified'), 'inrelease', v));
  }

  /**
   * The digests of the keyring files as they are now, for `text`; read beside the InRelease
   * request, so that an unreadable keyring is named first, as before there were records.
   */
  keyringDigests(keyrings: readonly string[]): Promise<string[]> {
    return Promise.all(keyrings.map(fileDigest));
  }

  /**
   * The signed text of `armored`: from a record of the same bytes and keyrings (`digests`, from
   * keyringDigests) verified in the last day, else from `verify`. What `verify` answers is
   * recorded only when the keyrings it used are those the record is kept under (a file that
   * changed in between must not lend its name to keys that did not check it).
   */
  async text(
    armored: string,
    digests: readonly string[],
    now: Date,
    verify: () => Promise<Verified>,
  ): Promise<string> {
    if (this.#store === undefined) return (await verify()).text;
    const key = [createHash('sha256').update(armored).digest('hex'), ...digests].join('\0');
    const store = await this.#store;
    const record = await store.get(key);
    if (isRecord(record)) {
      const age = now.getTime() - Date.parse(record.at);
      if (age >= 0 && age < TRUSTED_FOR_MS) return record.text;
    }
    const verified = await verify();
    const same =
      verified.keyrings.length === digests.length &&
      verified.keyrings.every((d, i) => d === digests[i]);
    if (same) {
      // Only a speed-up: a cache that cannot be written costs the next run a verification.
      await store
        .put(key, { at: now.toISOString(), text: verified.text } satisfies VerifiedRecord)
        .catch(() => undefined);
    }
    return verified.text;
  }
}
