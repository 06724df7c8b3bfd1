/**
 * Package URLs (purl-spec): canonical form, qualifiers sorted by key, every character outside
 * `A-Z a-z 0-9 . - _ ~` percent-encoded except the colon, which purl never encodes.
 */

/** Percent-encodes one purl component (UTF-8, upper-case hex). */
export function encodePurlComponent(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9.\-_~:]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export interface PurlParts {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  qualifiers?: Record<string, string | undefined>;
}

export function formatPurl(parts: PurlParts): string {
  let purl = `pkg:${parts.type}/`;
  if (parts.namespace) {
    purl += `${parts.namespace.split('/').map(encodePurlComponent).join('/')}/`;
  }
  purl += encodePurlComponent(parts.name);
  if (parts.version !== undefined) purl += `@${encodePurlComponent(parts.version)}`;
  const qualifiers = Object.entries(parts.qualifiers ?? {})
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (qualifiers.length > 0) {
    purl += `?${qualifiers.map(([k, v]) => `${k.toLowerCase()}=${encodePurlComponent(v)}`).join('&')}`;
  }
  return purl;
}

/** `pkg:deb/debian/<name>@<version>?arch=<arch>&distro=<distro>`; names are lower-cased. */
export function debPurl(pkg: {
  vendor: string;
  name: string;
  version?: string;
  architecture?: string;
  distro?: string;
}): string {
  return formatPurl({
    type: 'deb',
    namespace: pkg.vendor.toLowerCase(),
    name: pkg.name.toLowerCase(),
    version: pkg.version,
    qualifiers: { arch: pkg.architecture, distro: pkg.distro },
  });
}

/**
 * `pkg:oci/<name>@<digest>?arch=…&repository_url=<registry>/<repository>&tag=…`: the name is the
 * last component of the repository, as purl-spec's oci type says.
 */
export function ociPurl(image: {
  registry: string;
  repository: string;
  digest: string;
  architecture?: string;
  tag?: string;
}): string {
  const name = image.repository.split('/').pop() ?? image.repository;
  return formatPurl({
    type: 'oci',
    name: name.toLowerCase(),
    version: image.digest,
    qualifiers: {
      arch: image.architecture,
      repository_url: `${image.registry}/${image.repository}`,
      tag: image.tag,
    },
  });
}
