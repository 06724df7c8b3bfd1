import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseExtensionEntry,
  describeOperand,
  distributionNames,
  ExtensionChoiceError,
  groupByName,
  OS_ANNOTATION,
  parseOsRelease,
  PG_MAJOR_ANNOTATION,
  type ExtensionCandidate,
  type OperandIdentity,
} from '../src/extension-choice.js';
import type { ExtensionEntry } from '../src/extensions.js';
import { operandIdentity } from '../src/operand.js';

// What debian:sid-slim and debian:trixie-slim (debootstrapped here) print.
const SID_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux forky/sid"
NAME="Debian GNU/Linux"
VERSION_CODENAME=forky
ID=debian
HOME_URL="https://www.debian.org/"
`;
const TRIXIE_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 13 (trixie)"
NAME="Debian GNU/Linux"
VERSION_ID="13"
VERSION="13 (trixie)"
VERSION_CODENAME=trixie
ID=debian
`;

const candidate = (reference: string, pgmajor?: string, os?: string): ExtensionCandidate => ({
  entry: { name: 'vector', image: { reference } },
  annotations: {
    'io.cloudnativepg.image.sql.version': '0.8.1',
    ...(pgmajor !== undefined ? { [PG_MAJOR_ANNOTATION]: pgmajor } : {}),
    ...(os !== undefined ? { [OS_ANNOTATION]: os } : {}),
  },
});

const pg18Trixie: OperandIdentity = {
  major: 18,
  majorFrom: 'server',
  serverVersion: '18.1',
  distributions: ['trixie'],
  osRelease: parseOsRelease(TRIXIE_OS_RELEASE),
};

describe('parseOsRelease and distributionNames', () => {
  it('reads quoted, escaped and bare values and skips comments', () => {
    expect(
      parseOsRelease('# comment\nA="x \\"y\\" \\\\ z"\nB=\'single\'\nC=bare\n\nnot a field\n'),
    ).toEqual({ A: 'x "y" \\ z', B: 'single', C: 'bare' });
  });

  it('names trixie by its codename, and sid (printing forky/sid) as sid first', () => {
    expect(distributionNames(parseOsRelease(TRIXIE_OS_RELEASE))).toEqual(['trixie']);
    expect(distributionNames(parseOsRelease(SID_OS_RELEASE))).toEqual(['sid', 'forky']);
    expect(distributionNames({ VERSION: '10 (buster)' })).toEqual(['buster']);
    expect(distributionNames({})).toEqual([]);
  });
});

describe('operandIdentity: what the probe container printed', () => {
  const printed = (version: string): string =>
    `${SID_OS_RELEASE}--- pgforge: postgres --version ---\n${version}`;

  it('takes the major from the server, and from the tag when no server answered', () => {
    expect(
      operandIdentity(
        'r/pg:18-minimal-sid',
        printed('postgres (PostgreSQL) 18.6 (Debian 18.6-3)\n'),
      ),
    ).toMatchObject({
      major: 18,
      majorFrom: 'server',
      serverVersion: '18.6',
      distributions: ['sid', 'forky'],
    });
    // The server wins over a tag that says otherwise (the container level reports the mismatch).
    expect(
      operandIdentity('r/pg:17-minimal-sid', printed('postgres (PostgreSQL) 18.6\n')).major,
    ).toBe(18);
    expect(operandIdentity('r/pg:18-minimal-sid', printed(''))).toMatchObject({
      major: 18,
      majorFrom: 'tag',
    });
    expect(operandIdentity('r/pg:latest', printed('')).major).toBeUndefined();
  });

  it('is described with where each fact came from', () => {
    const operand = operandIdentity('r/pg:18', printed('postgres (PostgreSQL) 18.6\n'));
    expect(describeOperand(operand)).toBe(
      'PostgreSQL 18 (server 18.6), distribution sid or forky (os-release PRETTY_NAME "Debian GNU/Linux forky/sid", VERSION_CODENAME forky)',
    );
    expect(describeOperand({ distributions: [], osRelease: {} })).toBe(
      'PostgreSQL major unknown (no server answered postgres --version, the tag names none), distribution unknown (no /etc/os-release)',
    );
  });
});

describe('groupByName', () => {
  it('keeps the order in which names first appear, and each name’s entries in order', () => {
    const e = (name: string, reference: string): ExtensionEntry => ({ name, image: { reference } });
    expect(
      groupByName([e('vector', 'a'), e('postgis', 'b'), e('vector', 'c')]).map((g) => [
        g.name,
        g.entries.map((x) => x.image.reference),
      ]),
    ).toEqual([
      ['vector', ['a', 'c']],
      ['postgis', ['b']],
    ]);
  });
});

describe('chooseExtensionEntry', () => {
  const bookworm = candidate('r/pgvector@sha256:b', '18', 'bookworm');
  const trixie = candidate('r/pgvector@sha256:t', '18', 'trixie');
  const pg17 = candidate('r/pgvector@sha256:s', '17', 'trixie');

  it('picks the entry whose pgmajor and os annotations are the operand’s, and says why', () => {
    const choice = chooseExtensionEntry('vector', [bookworm, trixie, pg17], pg18Trixie);
    expect(choice.chosen).toBe(trixie.entry);
    expect(choice.candidates).toEqual([
      { reference: 'r/pgvector@sha256:b', pgmajor: '18', os: 'bookworm' },
      { reference: 'r/pgvector@sha256:t', pgmajor: '18', os: 'trixie' },
      { reference: 'r/pgvector@sha256:s', pgmajor: '17', os: 'trixie' },
    ]);
    expect(choice.reason).toBe(
      "r/pgvector@sha256:t (pgmajor 18, os trixie): pgmajor 18 and os trixie are the operand's" +
        ' (PostgreSQL 18 (server 18.1), distribution trixie (os-release PRETTY_NAME "Debian GNU/Linux 13 (trixie)", VERSION_CODENAME trixie)); ' +
        'not r/pgvector@sha256:b (pgmajor 18, os bookworm); r/pgvector@sha256:s (pgmajor 17, os trixie)',
    );
  });

  it('takes sid for an operand that prints forky/sid', () => {
    const sid = candidate('r/pgvector:sid', '18', 'sid');
    const operand = operandIdentity(
      'r/pg:18-minimal-sid',
      `${SID_OS_RELEASE}--- pgforge: postgres --version ---\npostgres (PostgreSQL) 18.6\n`,
    );
    expect(chooseExtensionEntry('vector', [trixie, sid], operand).chosen).toBe(sid.entry);
  });

  it('fails when none is for the operand, naming every candidate and the operand', () => {
    const unannotated = candidate('r/pgvector:old');
    let error: unknown;
    try {
      chooseExtensionEntry('vector', [bookworm, pg17, unannotated], pg18Trixie);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtensionChoiceError);
    expect((error as Error).message).toBe(
      'none of the 3 entries named vector is for the operand image (PostgreSQL 18 (server 18.1), ' +
        'distribution trixie (os-release PRETTY_NAME "Debian GNU/Linux 13 (trixie)", VERSION_CODENAME trixie)): ' +
        'r/pgvector@sha256:b (pgmajor 18, os bookworm); r/pgvector@sha256:s (pgmajor 17, os trixie); ' +
        'r/pgvector:old (pgmajor not annotated, os not annotated); each image states its PostgreSQL ' +
        'major and distribution in io.cloudnativepg.image.base.pgmajor and io.cloudnativepg.image.base.os',
    );
  });

  it('fails when several are, naming those', () => {
    const again = candidate('r/pgvector@sha256:t2', '18', 'trixie');
    expect(() => chooseExtensionEntry('vector', [trixie, bookworm, again], pg18Trixie)).toThrow(
      /^2 of the 3 entries named vector are for the operand image \(PostgreSQL 18 .*\): r\/pgvector@sha256:t \(pgmajor 18, os trixie\); r\/pgvector@sha256:t2 \(pgmajor 18, os trixie\); give one image per PostgreSQL major and distribution$/,
    );
  });

  it('chooses nothing when the operand’s major or distribution is unknown', () => {
    expect(() =>
      chooseExtensionEntry('vector', [trixie], { ...pg18Trixie, major: undefined }),
    ).toThrow(/none of the 1 entries named vector .*PostgreSQL major unknown/);
    expect(() =>
      chooseExtensionEntry('vector', [trixie], { ...pg18Trixie, distributions: [], osRelease: {} }),
    ).toThrow(/distribution unknown \(no \/etc\/os-release\)/);
  });

  it('for any images, one per (major, distribution): the operand’s is chosen, or none is', () => {
    const pair = fc.record({
      major: fc.integer({ min: 13, max: 19 }),
      os: fc.constantFrom('bullseye', 'bookworm', 'trixie', 'sid'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(pair, { selector: (p) => `${p.major}/${p.os}`, minLength: 1, maxLength: 8 }),
        pair,
        (pairs, want) => {
          const candidates = pairs.map((p, i) =>
            candidate(`r/pgvector:${i}`, String(p.major), p.os),
          );
          const operand: OperandIdentity = {
            major: want.major,
            majorFrom: 'server',
            distributions: [want.os],
            osRelease: {},
          };
          const at = pairs.findIndex((p) => p.major === want.major && p.os === want.os);
          if (at === -1) {
            expect(() => chooseExtensionEntry('vector', candidates, operand)).toThrow(
              ExtensionChoiceError,
            );
          } else {
            const choice = chooseExtensionEntry('vector', candidates, operand);
            expect(choice.chosen).toBe(candidates[at]?.entry);
            expect(choice.candidates).toHaveLength(pairs.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
