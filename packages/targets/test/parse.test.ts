import { describe, expect, it } from 'vitest';
import { parseTargetList, TargetListError } from '@pgforge/targets';
import { sampleTargets } from './sample.js';

describe('parseTargetList', () => {
  const [t] = sampleTargets().all;
  const keyring = [{ path: 'keys/mirror.asc', name: 'pgforge-pgdg-0.asc', sha256: 'a'.repeat(64) }];

  it('reads the matrix targets back, a keyring included', () => {
    expect(parseTargetList(JSON.stringify([{ ...t, keyring }]))[0]?.keyring).toEqual(keyring);
  });

  it.each([
    ['a string', 'keys/mirror.asc'],
    ['a file without its hash', [{ path: 'k', name: 'pgforge-pgdg-0.asc' }]],
  ])('refuses a keyring that is %s, naming the item', (_, bad) => {
    const error = (() => {
      try {
        parseTargetList(JSON.stringify([{ ...t, keyring: bad }]));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TargetListError);
    expect((error as Error).message).toBe(
      'item 0: keyring is not a list of { path, name, sha256 } key files',
    );
  });

  it('names what a truncated target lacks', () => {
    const cut: Partial<typeof t> = { ...t };
    delete cut.fingerprint;
    expect(() => parseTargetList(JSON.stringify([cut]))).toThrow(
      /^item 0 \(.+\) lacks fingerprint$/,
    );
  });
});
