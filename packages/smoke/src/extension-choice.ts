/**
 * Choosing among entries that share a name. The extension action emits one entry per image (per
 * PostgreSQL major × distribution), all with the extension's name; a Cluster mounts one of them,
 * the one built for its operand image. That one is told by the image's CNPG annotations:
 * `io.cloudnativepg.image.base.pgmajor` must be the operand's PostgreSQL major and
 * `io.cloudnativepg.image.base.os` its distribution. Pure: the annotations and what the operand
 * is are read elsewhere (operand.ts, the registry).
 */
import type { ExtensionEntry } from './extensions.js';

export const PG_MAJOR_ANNOTATION = 'io.cloudnativepg.image.base.pgmajor';
export const OS_ANNOTATION = 'io.cloudnativepg.image.base.os';

/** What the operand image under test is, as far as choosing extension images goes. */
export interface OperandIdentity {
  /** The server's major (`postgres --version`), else the one the tag starts with. */
  major?: number;
  majorFrom?: 'server' | 'tag';
  /** `18.6`, when the server told it. */
  serverVersion?: string;
  /**
   * The distribution names the image answers to, from /etc/os-release: its VERSION_CODENAME,
   * and `sid` first when PRETTY_NAME says `…/sid` (sid and testing both print `forky/sid` and
   * the codename of the next release; `sid` is the name images are tagged with).
   */
  distributions: string[];
  /** The os-release fields the names came from, for messages. */
  osRelease: Record<string, string>;
}

/** One entry of a shared name with the annotations of its image. */
export interface ExtensionCandidate {
  entry: ExtensionEntry;
  /** The index's annotations overlaid by the image manifest's. */
  annotations: Record<string, string>;
}

/** A candidate as messages and the report show it. */
export interface CandidateSummary {
  reference: string;
  pgmajor?: string;
  os?: string;
}

export interface ExtensionChoice {
  name: string;
  chosen: ExtensionEntry;
  /** Why this one: the annotations that match the operand. */
  reason: string;
  /** Every entry of the name, in input order. */
  candidates: CandidateSummary[];
  /** The operand, as `describeOperand` says it. */
  operand: string;
}

/** No entry, or more than one, of a shared name is for the operand image. */
export class ExtensionChoiceError extends Error {
  constructor(
    readonly extension: string,
    readonly candidates: CandidateSummary[],
    readonly matching: CandidateSummary[],
    readonly operand: string,
  ) {
    const listed = (cs: CandidateSummary[]): string => cs.map(describeCandidate).join('; ');
    super(
      matching.length === 0
        ? `none of the ${candidates.length} entries named ${extension} is for the operand image ` +
            `(${operand}): ${listed(candidates)}; each image states its PostgreSQL major and ` +
            `distribution in ${PG_MAJOR_ANNOTATION} and ${OS_ANNOTATION}`
        : `${matching.length} of the ${candidates.length} entries named ${extension} are for the ` +
            `operand image (${operand}): ${listed(matching)}; give one image per PostgreSQL ` +
            `major and distribution`,
    );
    this.name = 'ExtensionChoiceError';
  }
}

export function summariseCandidate(candidate: ExtensionCandidate): CandidateSummary {
  const pgmajor = candidate.annotations[PG_MAJOR_ANNOTATION];
  const os = candidate.annotations[OS_ANNOTATION];
  return {
    reference: candidate.entry.image.reference,
    ...(pgmajor !== undefined ? { pgmajor } : {}),
    ...(os !== undefined ? { os } : {}),
  };
}

/** `ref (pgmajor 18, os trixie)`; a missing annotation is said to be missing. */
export function describeCandidate(c: CandidateSummary): string {
  return `${c.reference} (pgmajor ${c.pgmajor ?? 'not annotated'}, os ${c.os ?? 'not annotated'})`;
}

/**
 * `PostgreSQL 18 (server 18.6), distribution sid or forky (os-release PRETTY_NAME "Debian
 * GNU/Linux forky/sid", VERSION_CODENAME forky)`.
 */
export function describeOperand(operand: OperandIdentity): string {
  const major =
    operand.major === undefined
      ? 'PostgreSQL major unknown (no server answered postgres --version, the tag names none)'
      : `PostgreSQL ${operand.major} (${
          operand.majorFrom === 'server'
            ? `server ${operand.serverVersion ?? operand.major}`
            : 'tag'
        })`;
  const fields = ['PRETTY_NAME', 'VERSION_CODENAME']
    .filter((k) => operand.osRelease[k] !== undefined)
    .map(
      (k) =>
        `${k} ${k === 'PRETTY_NAME' ? JSON.stringify(operand.osRelease[k]) : operand.osRelease[k]}`,
    );
  const from = fields.length ? `os-release ${fields.join(', ')}` : 'no /etc/os-release';
  const distribution =
    operand.distributions.length === 0
      ? `distribution unknown (${from})`
      : `distribution ${operand.distributions.join(' or ')} (${from})`;
  return `${major}, ${distribution}`;
}

/**
 * The fields of an os-release file (freedesktop's format: `KEY=value`, the value optionally in
 * double or single quotes, with `\` escapes inside double quotes; `#` starts a comment).
 */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!m?.[1] || m[2] === undefined) continue;
    let value = m[2];
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, -1).replace(/\\(["\\`$])/g, '$1');
    } else if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
      value = value.slice(1, -1);
    }
    fields[m[1]] = value;
  }
  return fields;
}

/** The names a distribution answers to, by its os-release fields (see OperandIdentity). */
export function distributionNames(osRelease: Record<string, string>): string[] {
  const names: string[] = [];
  if (/\/sid\b/.test(osRelease.PRETTY_NAME ?? '') || osRelease.VERSION_CODENAME === 'sid') {
    names.push('sid');
  }
  // Older releases' os-release has no VERSION_CODENAME, only `VERSION="10 (buster)"`.
  const codename = osRelease.VERSION_CODENAME || /\(([a-z]+)\)/.exec(osRelease.VERSION ?? '')?.[1];
  if (codename) names.push(codename.toLowerCase());
  return [...new Set(names)];
}

/** Entries by name, in the order each name first appears; each name's entries in input order. */
export function groupByName(
  entries: readonly ExtensionEntry[],
): { name: string; entries: ExtensionEntry[] }[] {
  const groups = new Map<string, ExtensionEntry[]>();
  for (const e of entries) {
    const group = groups.get(e.name);
    if (group) group.push(e);
    else groups.set(e.name, [e]);
  }
  return [...groups].map(([name, es]) => ({ name, entries: es }));
}

/**
 * The one candidate whose image is for the operand: its pgmajor annotation is the operand's
 * major and its os annotation one of the operand's distribution names. Throws
 * ExtensionChoiceError, naming every candidate and the operand, when none or several are.
 */
export function chooseExtensionEntry(
  name: string,
  candidates: readonly ExtensionCandidate[],
  operand: OperandIdentity,
): ExtensionChoice {
  const summaries = candidates.map(summariseCandidate);
  const described = describeOperand(operand);
  const matching = candidates.filter((c, i) => {
    const s = summaries[i] as CandidateSummary;
    return (
      operand.major !== undefined &&
      s.pgmajor === String(operand.major) &&
      s.os !== undefined &&
      operand.distributions.includes(s.os)
    );
  });
  const [chosen] = matching;
  if (matching.length !== 1 || chosen === undefined) {
    throw new ExtensionChoiceError(name, summaries, matching.map(summariseCandidate), described);
  }
  const summary = summariseCandidate(chosen);
  const others = summaries.filter((_, i) => candidates[i] !== chosen);
  return {
    name,
    chosen: chosen.entry,
    reason:
      `${describeCandidate(summary)}: pgmajor ${summary.pgmajor} and os ${summary.os} are the ` +
      `operand's (${described}); not ${others.map(describeCandidate).join('; ')}`,
    candidates: summaries,
    operand: described,
  };
}
