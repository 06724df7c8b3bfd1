/**
 * The small template language of tag names: literal text and `{placeholder}`s.
 * One place for it, so that the configuration check and the tag expansion agree.
 */

export const TAG_PLACEHOLDERS = [
  'version',
  'major',
  'timestamp',
  'flavour',
  'distribution',
] as const;
export type TagPlaceholder = (typeof TAG_PLACEHOLDERS)[number];
export type TagValues = Record<TagPlaceholder, string>;

/** OCI distribution spec: a tag is `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`. */
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
export const TAG_MAX_LENGTH = 128;

export type TemplatePart = { literal: string } | { placeholder: string };

export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const re = /\{([^{}]*)\}|([^{}]+)|([{}])/g;
  for (const m of template.matchAll(re)) {
    if (m[1] !== undefined) parts.push({ placeholder: m[1] });
    else if (m[2] !== undefined) parts.push({ literal: m[2] });
    else parts.push({ literal: m[3] ?? '' });
  }
  return parts;
}

/** Placeholders the template names that the language does not know. */
export function unknownPlaceholders(template: string, known: readonly string[]): string[] {
  return parseTemplate(template)
    .flatMap((p) => ('placeholder' in p ? [p.placeholder] : []))
    .filter((name) => !known.includes(name));
}

export function placeholdersOf(template: string): string[] {
  return parseTemplate(template).flatMap((p) => ('placeholder' in p ? [p.placeholder] : []));
}

export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return parseTemplate(template)
    .map((p) => {
      if ('literal' in p) return p.literal;
      const v = values[p.placeholder];
      if (v === undefined) throw new Error(`no value for {${p.placeholder}}`);
      return v;
    })
    .join('');
}

/** What each placeholder can hold in a tag, for reading values back out of one. */
const PLACEHOLDER_PATTERNS: Record<TagPlaceholder, string> = {
  // 17.6, 18, 19beta3 (the tag spelling of 19~beta3)
  version: '\\d+(?:\\.\\d+)*(?:(?:alpha|beta|rc)\\d+)?',
  major: '\\d+',
  timestamp: '\\d{12}',
  flavour: '[A-Za-z0-9][A-Za-z0-9_.]*',
  distribution: '[A-Za-z0-9][A-Za-z0-9_.]*',
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads a tag back against its template: the value of each placeholder, or undefined when the
 * tag is not one the template makes. `fixed` values must be found as given (the flavour and the
 * distribution a catalog is for). The inverse of renderTemplate, for tags of TAG_PLACEHOLDERS.
 */
export function matchTemplate(
  template: string,
  tag: string,
  fixed: Partial<TagValues> = {},
): Partial<TagValues> | undefined {
  const names: TagPlaceholder[] = [];
  const source = parseTemplate(template)
    .map((p) => {
      if ('literal' in p) return escapeRegExp(p.literal);
      const name = p.placeholder as TagPlaceholder;
      const given = fixed[name];
      if (given !== undefined) return escapeRegExp(given);
      names.push(name);
      return `(${PLACEHOLDER_PATTERNS[name] ?? '[A-Za-z0-9_.-]+'})`;
    })
    .join('');
  const m = new RegExp(`^${source}$`).exec(tag);
  if (!m) return undefined;
  const values: Partial<TagValues> = { ...fixed };
  for (const [i, name] of names.entries()) {
    const v = m[i + 1] ?? '';
    // A placeholder named twice must hold the same value both times.
    if (values[name] !== undefined && values[name] !== v) return undefined;
    values[name] = v;
  }
  return values;
}
