import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVerification } from '../src/verification.js';

const PEM =
  '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----';

describe('parseVerification', () => {
  it('none checks nothing', async () => {
    expect(await parseVerification({ verify: 'none', workDir: tmpdir() })).toBeUndefined();
  });

  it('a public key as PEM text goes to a file of its own (0600), fresh each time', async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'pgforge-verify-'));
    const a = await parseVerification({ verify: 'cosign-key', cosignPublicKey: PEM, workDir });
    const b = await parseVerification({ verify: 'cosign-key', cosignPublicKey: PEM, workDir });
    const fileOf = (v: typeof a) =>
      v?.verification.method === 'cosign-key' ? v.verification.publicKey : '';
    expect(fileOf(a)).not.toBe(fileOf(b));
    expect(await readFile(fileOf(a), 'utf8')).toBe(`${PEM}\n`);
    expect((await stat(fileOf(a))).mode & 0o777).toBe(0o600);
    expect(a?.predicateType).toBe('https://slsa.dev/provenance/v1');
  });

  it.each([
    [
      { verify: 'cosign-key' as const },
      /^cosign-public-key: "" is not allowed; expected the public key/,
    ],
    [
      { verify: 'cosign-key' as const, cosignPublicKey: '/nonexistent/cosign.pub' },
      /^cosign-public-key: "\/nonexistent\/cosign\.pub" is not allowed; expected an existing file/,
    ],
    [
      { verify: 'github' as const },
      /^certificate-identity: "" is not allowed; expected the signing workflow/,
    ],
    [
      { verify: 'github' as const, certificateIdentity: 'a', certificateIdentityRegexp: 'b' },
      /^certificate-identity-regexp: "b" is not allowed; expected nothing beside certificate-identity \("a"\)/,
    ],
    [
      { verify: 'github' as const, certificateIdentityRegexp: '(' },
      /^certificate-identity-regexp: "\(" is not allowed; expected a regular expression/,
    ],
  ])('%o: an error naming the setting and what is allowed', async (settings, message) => {
    await expect(parseVerification({ ...settings, workDir: tmpdir() })).rejects.toThrow(message);
  });

  it("github: the identity and GitHub's issuer by default", async () => {
    expect(
      await parseVerification({
        verify: 'github',
        certificateIdentityRegexp: '^https://github.com/o/',
        workDir: tmpdir(),
      }),
    ).toEqual({
      verification: {
        method: 'github',
        identity: { regexp: '^https://github.com/o/' },
        issuer: 'https://token.actions.githubusercontent.com',
      },
      predicateType: 'https://slsa.dev/provenance/v1',
    });
  });
});
