/**
 * InRelease signatures: an OpenPGP cleartext signed message, checked against keyring files
 * (binary keyrings of concatenated public keys, like Debian's, or ASCII-armored `.asc` files).
 */
import { readFile } from 'node:fs/promises';
import type * as OpenPgp from 'openpgp';
import type { Key, Signature } from 'openpgp';
import { sha256Hex } from './cache-blocks.js';
import { KeyringError, SignatureError, errorText } from './errors.js';

let loading: Promise<typeof OpenPgp> | undefined;

/**
 * OpenPGP.js, loaded when first asked for rather than when the process starts: it is a
 * megabyte of code, which a warm run never uses (an InRelease verified before is not verified
 * again: verified-releases.ts). loadOpenpgp() starts the load early, while the InRelease is on
 * its way: then it costs a cold run no time, and a warm one only time it spends waiting anyway.
 */
export function loadOpenpgp(): Promise<typeof OpenPgp> {
  loading ??= import('openpgp');
  return loading;
}

export interface Keyring {
  path: string;
  keys: Key[];
  /** ASCII-armoured (`.asc`) rather than binary (`.gpg`): apt tells them apart by the name. */
  armored: boolean;
  /** SHA-256 (hex) of the file's bytes: what an image built with this keyring must hold. */
  sha256: string;
}

/** Reads every public key of a keyring file, armored or binary (told apart by content). */
export async function readKeyring(path: string): Promise<Keyring> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new KeyringError(path, `cannot be read: ${errorText(error)}`);
  }
  const head = bytes.subarray(0, 64).toString('latin1').trimStart();
  const armored = head.startsWith('-----BEGIN PGP');
  const { readKeys } = await loadOpenpgp();
  let keys: Key[];
  try {
    keys = armored
      ? await readKeys({ armoredKeys: bytes.toString('utf8') })
      : await readKeys({ binaryKeys: new Uint8Array(bytes) });
  } catch (error) {
    throw new KeyringError(path, `holds no readable OpenPGP public key: ${errorText(error)}`);
  }
  if (keys.length === 0) throw new KeyringError(path, 'holds no OpenPGP public key');
  return { path, keys, armored, sha256: sha256Hex(bytes) };
}

export interface VerifyContext {
  mirror: string;
  suite: string;
  /** The time signatures and keys are checked at. */
  date: Date;
}

/**
 * The signed text of an InRelease when at least one of its signatures verifies with a key from
 * `keyrings` (apt's rule too: Debian signs with several keys, some of which may be retired).
 */
export async function verifyInRelease(
  armored: string,
  keyrings: readonly Keyring[],
  context: VerifyContext,
): Promise<string> {
  const paths = keyrings.map((k) => k.path);
  const fail = (reason: string, unknownSigners: string[] = []): SignatureError =>
    new SignatureError(context.mirror, context.suite, paths, reason, unknownSigners);

  const { readCleartextMessage, verify } = await loadOpenpgp();
  let message;
  try {
    message = await readCleartextMessage({ cleartextMessage: armored });
  } catch (error) {
    throw fail(`is not an OpenPGP cleartext signed message (${errorText(error)})`);
  }
  const verificationKeys = keyrings.flatMap((k) => k.keys);
  if (verificationKeys.length === 0) throw fail('cannot be checked: no keys');
  const result = await verify({ message, verificationKeys, date: context.date });
  if (result.signatures.length === 0) throw fail('carries no signature');

  const unknown: string[] = [];
  const invalid: string[] = [];
  for (const signature of result.signatures) {
    const id = await signerName(signature);
    const known = verificationKeys.some((key) => key.getKeys(signature.keyID).length > 0);
    try {
      if (await signature.verified) return result.data;
    } catch (error) {
      if (known) invalid.push(`${id} (${errorText(error)})`);
      else unknown.push(id);
    }
  }
  if (invalid.length > 0) {
    const others =
      unknown.length > 0 ? `; also signed by unknown key(s) ${unknown.join(', ')}` : '';
    throw fail(`has no valid signature: invalid signature by ${invalid.join(', ')}${others}`);
  }
  throw fail(
    `is signed only by key(s) ${unknown.join(', ')}, which none of the keyrings hold`,
    unknown,
  );
}

/**
 * The signer as people compare it with a keyring: the issuer's fingerprint when the signature
 * carries one (every modern signature does), else its 16-digit key ID.
 */
async function signerName(result: {
  keyID: { toHex(): string };
  signature: Promise<Signature>;
}): Promise<string> {
  const fingerprint = await result.signature.then(
    (s: Signature) => s.packets[0]?.issuerFingerprint ?? null,
    () => null,
  );
  return fingerprint
    ? Buffer.from(fingerprint).toString('hex').toUpperCase()
    : result.keyID.toHex().toUpperCase();
}
