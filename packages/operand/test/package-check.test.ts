/**
 * Predicted equals installed: what a platform's dpkg status lists against the matrix's
 * prediction, on that platform's architecture. (The build tests check real images.)
 */
import { describe, expect, it } from 'vitest';
import { packageProblem } from '../src/platform-check.js';
import type { ImagePackage } from '@pgforge/targets';

const predicted: ImagePackage[] = [
  { name: 'libc6', version: '2.41-12' },
  { name: 'libkrb5-3', version: '1.21.3-5+deb13u2', change: 'upgraded', from: '1.21.3-5+deb13u1' },
  {
    name: 'postgresql-17-hypopg',
    version: '1.4.1-2+b1',
    byArchitecture: { amd64: '1.4.1-2+b1', arm64: '1.4.1-2' },
  },
  { name: 'only-on-amd64', version: '1', byArchitecture: { amd64: '1' } },
];
const installed = (entries: Record<string, string>) =>
  Object.entries(entries).map(([pkg, version]) => ({ package: pkg, version }));

describe('packageProblem', () => {
  it('is silent when every package and version is the predicted one, per architecture', () => {
    expect(
      packageProblem(
        'linux/arm64',
        predicted,
        'arm64',
        installed({
          libc6: '2.41-12',
          'libkrb5-3': '1.21.3-5+deb13u2',
          'postgresql-17-hypopg': '1.4.1-2',
        }),
      ),
    ).toBeUndefined();
  });

  it('names what apt added, left out, and where it chose another version', () => {
    const problem = packageProblem(
      'linux/amd64',
      predicted,
      'amd64',
      installed({
        libc6: '2.41-12',
        'libkrb5-3': '1.21.3-5+deb13u1',
        'postgresql-17-hypopg': '1.4.1-2+b1',
        surprise: '0.1',
      }),
    );
    expect(problem).toContain(
      'linux/amd64: the installed packages are not the predicted ones (4 installed, 4 predicted)',
    );
    expect(problem).toContain('apt added surprise 0.1');
    expect(problem).toContain('apt left out only-on-amd64 1');
    expect(problem).toContain(
      'apt chose another version of libkrb5-3 1.21.3-5+deb13u1 (predicted 1.21.3-5+deb13u2)',
    );
  });

  it('a long list is cut, saying how many more', () => {
    const many = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`extra${String(i).padStart(2, '0')}`, '1']),
    );
    const problem = packageProblem('linux/amd64', [], 'amd64', installed(many));
    expect(problem).toContain('extra11 1 and 8 more');
    expect(problem).not.toContain('extra12');
  });
});
