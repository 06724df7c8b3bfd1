/**
 * Debian version strings ordered exactly as dpkg orders them (deb-version(7), and dpkg's own
 * lib/dpkg/version.c, which is the reference when the manual is vague).
 *
 * Written by hand because the npm packages that claim this either accept strings dpkg rejects or
 * order `~` and the empty string differently; the tests compare against the real dpkg.
 */

export interface DebianVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

export class InvalidDebianVersionError extends Error {
  constructor(
    readonly value: string,
    reason: string,
  ) {
    super(`invalid Debian version "${value}": ${reason}`);
    this.name = 'InvalidDebianVersionError';
  }
}

const UPSTREAM_CHARS = /^[A-Za-z0-9.+~:-]*$/;
const REVISION_CHARS = /^[A-Za-z0-9.+~]*$/;

// dpkg trims and rejects only blanks (space, tab: c_isblank); any other whitespace (`\n`, `\r`,
// U+00A0) stays in the string and fails the character checks, as in dpkg.
const BLANKS = /^[ \t]+|[ \t]+$/g;
// dpkg reads the epoch with strtol(), which skips C whitespace and takes a sign: `+1:2` and
// `-0:2` are valid (epochs 1 and 0), `-1:2` is rejected as negative.
const EPOCH = /^[\t\n\v\f\r ]*(?<sign>[+-]?)(?<digits>\d+)$/;

/** Parses `[epoch:]upstream[-revision]` with the checks dpkg applies (parseversion()). */
export function parseDebianVersion(value: string): DebianVersion {
  const text = value.replace(BLANKS, '');
  if (text === '') throw new InvalidDebianVersionError(value, 'empty');
  if (/[ \t]/.test(text)) throw new InvalidDebianVersionError(value, 'contains whitespace');
  let epoch = 0;
  let rest = text;
  const colon = text.indexOf(':');
  if (colon >= 0) {
    if (colon === 0) throw new InvalidDebianVersionError(value, 'epoch is empty');
    const m = EPOCH.exec(text.slice(0, colon));
    if (!m?.groups) throw new InvalidDebianVersionError(value, 'epoch is not a number');
    const digits = m.groups.digits ?? '';
    epoch = Number(digits);
    if (m.groups.sign === '-' && epoch !== 0) {
      throw new InvalidDebianVersionError(value, 'epoch is negative');
    }
    if (!Number.isSafeInteger(epoch) || epoch > 2147483647) {
      throw new InvalidDebianVersionError(value, 'epoch is too large');
    }
    rest = text.slice(colon + 1);
  }
  const dash = rest.lastIndexOf('-');
  const upstream = dash >= 0 ? rest.slice(0, dash) : rest;
  const revision = dash >= 0 ? rest.slice(dash + 1) : '';
  if (upstream === '') throw new InvalidDebianVersionError(value, 'upstream version is empty');
  if (dash >= 0 && revision === '') {
    throw new InvalidDebianVersionError(value, 'revision is empty');
  }
  if (!/^\d/.test(upstream)) {
    throw new InvalidDebianVersionError(value, 'upstream version does not start with a digit');
  }
  if (!UPSTREAM_CHARS.test(upstream)) {
    throw new InvalidDebianVersionError(value, 'invalid character in upstream version');
  }
  if (!REVISION_CHARS.test(revision)) {
    throw new InvalidDebianVersionError(value, 'invalid character in revision');
  }
  return { epoch, upstream, revision };
}

/** dpkg's order(): `~` sorts before everything, even the end; letters before other symbols. */
function order(c: string | undefined): number {
  if (c === undefined) return 0;
  if (c >= '0' && c <= '9') return 0;
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return c.charCodeAt(0);
  if (c === '~') return -1;
  return c.charCodeAt(0) + 256;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** dpkg's verrevcmp(): alternating non-digit and digit runs. */
function compareFragment(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
      const ac = order(a[i]);
      const bc = order(b[j]);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    while (isDigit(a[i]) && isDigit(b[j])) {
      if (firstDiff === 0) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (isDigit(a[i])) return 1;
    if (isDigit(b[j])) return -1;
    if (firstDiff !== 0) return firstDiff;
  }
  return 0;
}

/** Negative, zero or positive as `a` sorts before, equal to or after `b` in dpkg's order. */
export function compareDebianVersions(
  a: string | DebianVersion,
  b: string | DebianVersion,
): number {
  const va = typeof a === 'string' ? parseDebianVersion(a) : a;
  const vb = typeof b === 'string' ? parseDebianVersion(b) : b;
  if (va.epoch !== vb.epoch) return va.epoch > vb.epoch ? 1 : -1;
  const up = compareFragment(va.upstream, vb.upstream);
  if (up !== 0) return Math.sign(up);
  return Math.sign(compareFragment(va.revision, vb.revision));
}

/** The newest of `versions` in dpkg's order, or undefined for an empty list. */
export function newestDebianVersion<T extends string>(versions: Iterable<T>): T | undefined {
  let best: T | undefined;
  for (const v of versions) if (best === undefined || compareDebianVersions(v, best) > 0) best = v;
  return best;
}
