/**
 * Whether a failed build is worth running again: a registry or mirror that hiccuped, not a
 * package that does not exist. Matched against the tail of the build's output.
 */
const TRANSIENT = [
  /\b(429|500|502|503|504)\b[^\n]*\b(Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b/i,
  /connection (reset|refused)/i,
  /i\/o timeout/i,
  /TLS handshake timeout/i,
  /unexpected EOF/i,
  /Temporary failure (in name resolution|resolving)/i,
  /Could not connect to/i,
  /Connection timed out/i,
  /Hash Sum mismatch/i,
  /Mirror sync in progress/i,
  /failed to do request/i,
];

/** Mistakes a retry cannot fix, even when a transient pattern also matches. */
const PERMANENT = [
  /Unable to locate package/i,
  /Version '[^']*' for '[^']*' was not found/i,
  /has no installation candidate/i,
  /failed to parse|dockerfile parse error/i,
  /unknown instruction/i,
  // The Dockerfile's own checks (a base of another architecture): nothing a retry changes.
  /pgforge: error:/,
];

export function isTransientFailure(output: string): boolean {
  if (PERMANENT.some((p) => p.test(output))) return false;
  return TRANSIENT.some((p) => p.test(output));
}

/**
 * The line that says why a build failed: the Dockerfile's own `pgforge: error:` line, else
 * apt's `E:` line, else buildx's `ERROR:` line, else the last non-empty line.
 */
export function failureReason(tail: readonly string[]): string {
  const lines = tail.map((l) => l.trim()).filter(Boolean);
  // What the step printed (`#7 0.101 pgforge: error: …`), not BuildKit's echo of the script
  // in its ERROR line, which holds the same words inside `echo "…"`.
  const own = lines
    .map((l) => /^(?:#\d+ [\d.]+ )?pgforge: error: (.*)$/.exec(l)?.[1])
    .filter((m): m is string => m !== undefined);
  if (own.length > 0) {
    const line = own.at(-1) ?? '';
    return line.length > 300 ? `${line.slice(0, 297)}...` : line;
  }
  const apt = lines.filter((l) => /(^|\s)E: /.test(l)).map((l) => l.replace(/^#\d+ [\d.]+ /, ''));
  const error = lines.filter((l) => l.startsWith('ERROR:'));
  const pick = apt.at(-1) ?? error.at(-1) ?? lines.at(-1) ?? 'no output';
  return pick.length > 300 ? `${pick.slice(0, 297)}...` : pick;
}
