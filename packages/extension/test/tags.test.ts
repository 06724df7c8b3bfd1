import { describe, expect, it } from 'vitest';
import { ExtensionOptionsError } from '../src/errors.js';
import { checkTagTemplates, DEFAULT_EXTENSION_TAGS, renderTags, tagSafe } from '../src/tags.js';

const values = {
  version: '0.8.7',
  major: '18',
  distribution: 'trixie',
  timestamp: '202611211315',
  name: 'vector',
};

describe('extension tags', () => {
  it('are those of docs/contracts.md by default', () => {
    expect(renderTags(DEFAULT_EXTENSION_TAGS, values)).toEqual([
      '0.8.7-18-trixie',
      '0.8.7-202611211315-18-trixie',
    ]);
  });

  it('refuse unknown placeholders and names that are not tags', () => {
    expect(() => checkTagTemplates(['{version}-{flavour}'])).toThrow(ExtensionOptionsError);
    expect(() => checkTagTemplates(['{version}-{flavour}'])).toThrow(
      /\{flavour\}; the placeholders are \{version\}/,
    );
    expect(() => checkTagTemplates([])).toThrow(/at least one tag/);
    expect(() => renderTags(['-{version}'], values)).toThrow(/is not a tag/);
  });

  it('make versions tag-safe', () => {
    expect(tagSafe('1.0~rc1')).toBe('1.0rc1');
    expect(tagSafe('3.7.0+dfsg')).toBe('3.7.0_dfsg');
    expect(renderTags(['{name}-{version}'], { ...values, version: '2:1.0' })).toEqual([
      'vector-2_1.0',
    ]);
  });
});
