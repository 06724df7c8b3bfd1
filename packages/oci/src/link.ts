/**
 * The `rel="next"` target of an HTTP Link header (RFC 8288), as registries paginate tag lists:
 * `</v2/x/tags/list?last=b&n=2>; rel="next"`.
 */
export function nextLink(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const link = /<([^>]*)>((?:\s*;\s*[^;,]*)*)/g;
  for (const m of header.matchAll(link)) {
    const params = m[2] ?? '';
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
    const value = rel?.[1] ?? rel?.[2] ?? '';
    if (value.split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}
