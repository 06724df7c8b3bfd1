/**
 * Tag names of extension images, from templates in the configuration's template language:
 * `<extversion>-<major>-<distribution>` and the immutable
 * `<extversion>-<YYYYMMDDhhmm>-<major>-<distribution>` by default (docs/contracts.md, "Extension
 * image").
 */
import { placeholdersOf, renderTemplate, TAG_PATTERN, unknownPlaceholders } from '@pgforge/config';
import { ExtensionOptionsError } from './errors.js';

export const DEFAULT_EXTENSION_TAGS: readonly string[] = [
  '{version}-{major}-{distribution}',
  '{version}-{timestamp}-{major}-{distribution}',
];

/** `version` is the extension's SQL version (`default_version` of its control file). */
export const EXTENSION_TAG_PLACEHOLDERS = [
  'version',
  'major',
  'distribution',
  'timestamp',
  'name',
] as const;

export type ExtensionTagValues = Record<(typeof EXTENSION_TAG_PLACEHOLDERS)[number], string>;

export function checkTagTemplates(templates: readonly string[]): void {
  if (templates.length === 0) {
    throw new ExtensionOptionsError('tags', 'no template given; at least one tag names the image');
  }
  for (const template of templates) {
    // A tag without placeholders is one tag for every version, major and distribution: each
    // push would move it to another image, and none of them could be told apart or promoted.
    if (placeholdersOf(template).length === 0) {
      throw new ExtensionOptionsError(
        'tags',
        `"${template}" has no placeholder, so every image would get it and it would move on each push${template.toLowerCase() === 'latest' ? ' ("latest" is never written)' : ''}; use {version}, {major} and {distribution}, e.g. ${DEFAULT_EXTENSION_TAGS.join(',')}`,
      );
    }
    const unknown = unknownPlaceholders(template, EXTENSION_TAG_PLACEHOLDERS);
    if (unknown.length > 0) {
      throw new ExtensionOptionsError(
        'tags',
        `"${template}" uses ${unknown.map((u) => `{${u}}`).join(', ')}; the placeholders are ` +
          EXTENSION_TAG_PLACEHOLDERS.map((p) => `{${p}}`).join(', '),
      );
    }
  }
}

/** A version as a tag can hold it: `1.0~rc1` → `1.0rc1`, `3.7.0+dfsg` → `3.7.0_dfsg`. */
export function tagSafe(value: string): string {
  return value.replace(/~/g, '').replace(/[^A-Za-z0-9_.-]/g, '_');
}

export function renderTags(templates: readonly string[], values: ExtensionTagValues): string[] {
  const safe = { ...values, version: tagSafe(values.version) };
  const tags = templates.map((t) => renderTemplate(t, safe));
  for (const [i, tag] of tags.entries()) {
    if (!TAG_PATTERN.test(tag)) {
      throw new ExtensionOptionsError(
        'tags',
        `"${templates[i]}" gives "${tag}", which is not a tag (letters, digits, _ . -; at most 128, not starting with . or -)`,
      );
    }
  }
  return [...new Set(tags)];
}
