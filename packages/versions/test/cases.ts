import type { DebianVersion } from '../src/index.js';

/**
 * Hand-picked orderings, from deb-version(7) and dpkg's own tests (lib/dpkg/t/t-version.c), each
 * checked with `dpkg --compare-versions`. The unit tests assert them; the dpkg oracle test
 * re-checks them, and every pair of versions among them, against the installed dpkg.
 */
export const orderCases: [string, '<' | '=' | '>', string][] = [
  ['1.0', '=', '1.0'],
  // `~` sorts before everything, even the end of the string.
  ['1.0~rc1', '<', '1.0'],
  ['1.0~', '<', '1.0'],
  ['1.0~~', '<', '1.0~'],
  ['1.0~~a', '<', '1.0~'],
  ['1~a', '>', '1~'],
  ['1.0~', '=', '1.0~0'],
  ['1.0~-1', '<', '1.0'],
  // The end of the string sorts before any other non-digit.
  ['1', '<', '1.0'],
  ['1.0', '<', '1.0.0'],
  ['0.0', '>', '0'],
  ['1a', '<', '1aa'],
  ['1.0+', '>', '1.0'],
  ['1.0a', '>', '1.0'],
  // Letters sort before other symbols; symbols by ASCII; letters by ASCII (upper first).
  ['1.0a', '<', '1.0+'],
  ['1.0a', '<', '1.0.'],
  ['1.0.1', '>', '1.0a'],
  ['1+', '<', '1.'],
  ['1.0A', '<', '1.0a'],
  ['1.0Z', '<', '1.0a'],
  ['1.0+dfsg', '>', '1.0+b1'],
  // Digit runs compare as numbers: leading zeros do not count, length is unbounded.
  ['1.', '=', '1.0'],
  ['1.0', '=', '1.00'],
  ['01', '=', '1'],
  ['0', '=', '00'],
  ['001.002', '=', '1.2'],
  ['10', '>', '9'],
  ['1.10', '>', '1.9'],
  ['9999999999999999999999', '>', '9999999999999999999998'],
  ['1.0a', '=', '1.0a0'],
  // Revisions: absent equals `0`, compared with the same algorithm.
  ['1.0', '=', '1.0-0'],
  ['1.0', '<', '1.0-1'],
  ['1.0-0.1', '>', '1.0'],
  ['1.0-1', '<', '1.0-1.0'],
  ['1.0-a', '>', '1.0-0'],
  ['1.0-1', '>', '1.0-1~'],
  ['1.0-1+b1', '>', '1.0-1'],
  ['1.0-1+deb12u1', '<', '1.0-1+deb13u1'],
  ['7.6p2-4', '>', '7.6-0'],
  // The last hyphen splits off the revision; `:` belongs to the upstream after the epoch.
  ['1-1-1', '>', '1-1'],
  ['1.2.3', '>', '1.2-3'],
  ['1:1:1', '>', '1:1'],
  // Epochs dominate everything after them.
  ['1:0', '>', '99'],
  ['0:1', '=', '1'],
  ['01:1', '=', '1:1'],
  ['1:1.0', '<', '2:0.1'],
  ['2147483647:1', '>', '2147483646:9'],
  // PostgreSQL packages: PGDG's build beats Debian's own, previews before the release.
  ['17.6-1.pgdg13+1', '>', '17.6-0+deb13u1'],
  ['17.6-1.pgdg13+1', '<', '17.7-0+deb13u1'],
  ['17.6-1.pgdg12+1', '<', '17.6-1.pgdg13+1'],
  ['19~beta3', '<', '19.0'],
  ['19~beta3', '<', '19'],
  ['19~beta3', '<', '19~rc1'],
  ['19~beta10', '>', '19~beta9'],
  ['19~rc1', '<', '19'],
  ['2:19~beta3-1.pgdg13+1', '>', '1:20'],
];

/** Versions dpkg accepts, with how it splits them. */
export const validVersionCases: [string, DebianVersion][] = [
  ['1.0', { epoch: 0, upstream: '1.0', revision: '' }],
  ['2:19~beta3-1.pgdg13+1', { epoch: 2, upstream: '19~beta3', revision: '1.pgdg13+1' }],
  ['17.6-0+deb13u1', { epoch: 0, upstream: '17.6', revision: '0+deb13u1' }],
  ['1:1:2', { epoch: 1, upstream: '1:2', revision: '' }],
  ['1.0-a-b', { epoch: 0, upstream: '1.0-a', revision: 'b' }],
  ['0:09azAZ.-+~:-0', { epoch: 0, upstream: '09azAZ.-+~:', revision: '0' }],
  ['0:0-azAZ09.+~', { epoch: 0, upstream: '0', revision: 'azAZ09.+~' }],
  ['0001:1', { epoch: 1, upstream: '1', revision: '' }],
  ['2147483647:1', { epoch: 2147483647, upstream: '1', revision: '' }],
  // dpkg trims blanks (space, tab) at both ends.
  [' \t1.0-1 \t', { epoch: 0, upstream: '1.0', revision: '1' }],
  // dpkg reads the epoch with strtol(): a sign and leading C whitespace are accepted.
  ['+1:2', { epoch: 1, upstream: '2', revision: '' }],
  ['-0:2', { epoch: 0, upstream: '2', revision: '' }],
  ['\n1:2', { epoch: 1, upstream: '2', revision: '' }],
  ['\v\f+3:2', { epoch: 3, upstream: '2', revision: '' }],
];

/** Versions `dpkg --validate-version` rejects, with the reason parseDebianVersion gives. */
export const invalidVersionCases: [string, string][] = [
  ['', 'empty'],
  [' \t ', 'empty'],
  ['1 .0', 'contains whitespace'],
  ['1.0-1 1', 'contains whitespace'],
  ['1:\t1', 'contains whitespace'],
  [':1.0', 'epoch is empty'],
  ['a:1.0', 'epoch is not a number'],
  ['1a:1.0', 'epoch is not a number'],
  ['1.0:2', 'epoch is not a number'],
  ['0x1:1', 'epoch is not a number'],
  ['+-1:1', 'epoch is not a number'],
  ['1.0-a:b', 'epoch is not a number'],
  ['-1:1.0', 'epoch is negative'],
  ['2147483648:1', 'epoch is too large'],
  ['99999999999999999999:1', 'epoch is too large'],
  ['1:', 'upstream version is empty'],
  ['1:-1', 'upstream version is empty'],
  ['-1', 'upstream version is empty'],
  ['1.0-', 'revision is empty'],
  ['a1', 'upstream version does not start with a digit'],
  ['~1', 'upstream version does not start with a digit'],
  ['1:a1-1', 'upstream version does not start with a digit'],
  ['\n1.0', 'upstream version does not start with a digit'],
  ['\u00a01.0', 'upstream version does not start with a digit'],
  ['1.0_b', 'invalid character in upstream version'],
  ['1.0é', 'invalid character in upstream version'],
  // Only blanks are trimmed: other whitespace stays and is an invalid character.
  ['1.0\n', 'invalid character in upstream version'],
  ['1.0\r', 'invalid character in upstream version'],
  ['1.0\u00a0', 'invalid character in upstream version'],
  ['1.0-a_b', 'invalid character in revision'],
  ['1:1.0-a:b', 'invalid character in revision'],
  ['1.0-1/2', 'invalid character in revision'],
];
