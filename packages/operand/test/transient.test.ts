import { describe, expect, it } from 'vitest';
import { failureReason, isTransientFailure } from '@pgforge/operand';

// Lines as buildx and apt print them (taken from real failed builds' output).
describe('isTransientFailure', () => {
  it.each([
    'E: Failed to fetch http://mirror/debian/pool/main/p/postgresql-17/libpq5_17.7-0+deb13u1_amd64.deb  Could not connect to mirror:80 (10.0.0.1), connection timed out',
    'ERROR: failed to solve: failed to push 127.0.0.1:5000/x:1: unexpected status from PUT request to http://127.0.0.1:5000/v2/x/manifests/1: 503 Service Unavailable',
    'ERROR: failed to solve: debian:trixie-slim: failed to resolve source metadata: failed to do request: Head "https://registry/v2/": dial tcp: i/o timeout',
    "E: Failed to fetch http://mirror/debian/dists/sid/InRelease  Temporary failure resolving 'mirror'",
    'Err:1 http://mirror/debian sid/main amd64 libpq5 amd64 18.1-1\n  Hash Sum mismatch',
    'ERROR: failed to solve: error reading from server: read tcp 1.2.3.4:1->5.6.7.8:2: read: connection reset by peer',
    '429 Too Many Requests',
  ])('retries %s', (line) => {
    expect(isTransientFailure(line)).toBe(true);
  });

  it.each([
    'E: Unable to locate package pgforge-no-such-package',
    "E: Version '17.0-1' for 'postgresql-17' was not found",
    "E: Package 'postgresql-17' has no installation candidate",
    'ERROR: failed to solve: dockerfile parse error on line 3: unknown instruction: RUNN',
    'ERROR: failed to solve: process "/bin/bash -o pipefail -ec install-packages" did not complete successfully: exit code: 100',
    // A permanent error wins over a transient-looking one in the same output.
    'Could not connect to mirror\nE: Unable to locate package x',
  ])('does not retry %s', (line) => {
    expect(isTransientFailure(line)).toBe(false);
  });
});

describe('failureReason', () => {
  it("prefers apt's E: line over buildx's ERROR: line, without BuildKit's step prefix", () => {
    expect(
      failureReason([
        '#9 1.234 Reading package lists...',
        '#9 1.456 E: Unable to locate package pgforge-no-such-package',
        '#9 ERROR: process "/bin/bash -o pipefail -ec ..." did not complete successfully: exit code: 100',
        'ERROR: failed to solve: process "/bin/bash" did not complete successfully: exit code: 100',
      ]),
    ).toBe('E: Unable to locate package pgforge-no-such-package');
  });

  it("prefers the Dockerfile's own pgforge: error: line, and never retries it", () => {
    const tail = [
      '#7 0.101 pgforge: error: building arm64 (Debian arm64) on a base whose dpkg is amd64: the base has no arm64 image',
      '#7 ERROR: process "/bin/bash -o pipefail -ec variant=$TARGETVARIANT\\n  echo \\"pgforge: error: building $key (Debian $want) on a base\\" >&2" did not complete successfully: exit code: 1',
      '  echo "pgforge: error: building $key (Debian $want) on a base whose dpkg is $have" >&2',
      'ERROR: failed to solve: process did not complete successfully: exit code: 1',
    ];
    expect(failureReason(tail)).toBe(
      'building arm64 (Debian arm64) on a base whose dpkg is amd64: the base has no arm64 image',
    );
    expect(isTransientFailure([...tail, 'connection reset by peer'].join('\n'))).toBe(false);
  });

  it("takes buildx's ERROR: line, else the last line, and shortens long ones", () => {
    expect(failureReason(['x', 'ERROR: failed to solve: boom', 'tail'])).toBe(
      'ERROR: failed to solve: boom',
    );
    expect(failureReason(['one', 'two', ''])).toBe('two');
    expect(failureReason([])).toBe('no output');
    expect(failureReason([`ERROR: ${'x'.repeat(400)}`])).toHaveLength(300);
  });
});
