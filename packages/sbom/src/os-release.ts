/** `etc/os-release` (os-release(5)): the distribution an image's packages come from. */

export interface OsRelease {
  /** `debian`, `ubuntu`: the purl namespace of the packages. */
  id: string;
  /** `13`; absent on testing and sid. */
  versionId?: string;
  /** `trixie`; on sid, the codename of the next release (`forky`). */
  codename?: string;
  prettyName?: string;
}

/** KEY=value lines; values may be quoted with " or ' and use shell backslash escapes. */
export function parseOsRelease(text: string): OsRelease {
  const values = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    let value = line.slice(eq + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\(["\\$`])/g, '$1');
    }
    values.set(line.slice(0, eq), value);
  }
  const result: OsRelease = { id: (values.get('ID') ?? 'linux').toLowerCase() };
  const versionId = values.get('VERSION_ID');
  if (versionId) result.versionId = versionId;
  const codename = values.get('VERSION_CODENAME');
  if (codename) result.codename = codename;
  const prettyName = values.get('PRETTY_NAME');
  if (prettyName) result.prettyName = prettyName;
  return result;
}

/**
 * The purl `distro` qualifier: `debian-13` for a release (`<ID>-<VERSION_ID>`, as the issue and
 * common scanners write it). Without VERSION_ID (testing, sid) purl-spec's "distribution name,
 * codename, or suite" applies: `debian-sid` when PRETTY_NAME ends in `/sid`, else the codename.
 */
export function distroQualifier(os: OsRelease): string | undefined {
  if (os.versionId) return `${os.id}-${os.versionId}`;
  if (os.prettyName && /\/sid$/.test(os.prettyName)) return `${os.id}-sid`;
  if (os.codename) return `${os.id}-${os.codename}`;
  return undefined;
}
