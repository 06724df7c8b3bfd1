/**
 * Package names in relationship fields (Depends, Pre-Depends, Recommends, Provides, ...), as
 * deb-control(5) writes them: `a (>= 1), b | c:any [amd64] <!nocheck>`.
 */

/**
 * One inner array per comma-separated group, holding the names of its `|` alternatives, with
 * version constraints, architecture qualifiers (`:any`, `:amd64`), architecture lists (`[...]`)
 * and build profiles (`<...>`) removed. An empty field gives `[]`.
 */
export function parseDependsNames(field: string): string[][] {
  const groups: string[][] = [];
  const stripped = field
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  for (const group of stripped.split(',')) {
    const names: string[] = [];
    for (const alternative of group.split('|')) {
      const name = alternative.trim().split(/\s+/)[0]?.split(':')[0] ?? '';
      if (name !== '') names.push(name);
    }
    if (names.length > 0) groups.push(names);
  }
  return groups;
}
