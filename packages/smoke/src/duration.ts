/** `90`, `90s`, `15m`, `1h`, `1h30m` → milliseconds; undefined when it is none of these. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t) > 0 ? Number(t) * 1000 : undefined;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(t);
  if (!m || t === '') return undefined;
  const [h = '0', min = '0', s = '0'] = [m[1], m[2], m[3]];
  const ms = ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000;
  return ms > 0 ? ms : undefined;
}
