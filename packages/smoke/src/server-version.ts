/** The PostgreSQL version a server binary reports, as both the probe and the container level read it. */

export interface ServerVersion {
  major: number;
  version: string;
}

/** `postgres (PostgreSQL) 17.6 (Debian 17.6-2)` → 17, `17.6`; `18beta3` → 18. */
export function parseServerVersion(output: string): ServerVersion | undefined {
  const m = /\(PostgreSQL\)\s+((\d+)[^\s]*)/.exec(output);
  return m?.[1] && m[2] ? { major: Number(m[2]), version: m[1] } : undefined;
}
