/** The run's UTC minute in CNPG's tag spelling: `202611211315`. */
export function tagTimestamp(date: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return (
    p(date.getUTCFullYear(), 4) +
    p(date.getUTCMonth() + 1) +
    p(date.getUTCDate()) +
    p(date.getUTCHours()) +
    p(date.getUTCMinutes())
  );
}

/** The same minute as RFC 3339, for `org.opencontainers.image.created`. */
export function createdAt(date: Date): string {
  const d = new Date(date);
  d.setUTCSeconds(0, 0);
  return d.toISOString().replace('.000Z', 'Z');
}
