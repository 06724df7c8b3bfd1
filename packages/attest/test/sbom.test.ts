import { UserError } from '@pgforge/errors';
import { describe, expect, it } from 'vitest';
import { CYCLONEDX_PREDICATE_TYPE, SPDX_PREDICATE_TYPE, sbomPredicate } from '../src/index.js';

describe('SBOM predicates', () => {
  it('tells SPDX from CycloneDX by content', () => {
    const spdx = { spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'x' };
    expect(sbomPredicate(JSON.stringify(spdx), 'a.json')).toEqual({
      format: 'spdx-json',
      predicateType: SPDX_PREDICATE_TYPE,
      document: spdx,
    });
    const cdx = { bomFormat: 'CycloneDX', specVersion: '1.6' };
    expect(sbomPredicate(JSON.stringify(cdx), 'b.json')).toEqual({
      format: 'cyclonedx-json',
      predicateType: CYCLONEDX_PREDICATE_TYPE,
      document: cdx,
    });
  });

  it.each([
    ['not JSON', '<xml/>', /not JSON/],
    ['an array', '[]', /not a JSON object/],
    ['another JSON document', '{"name":"x"}', /SPDX JSON document .* or a CycloneDX JSON document/],
  ])('refuses %s, naming the file', (_, text, detail) => {
    expect(() => sbomPredicate(text, 'sbom/x.json')).toThrow(UserError);
    expect(() => sbomPredicate(text, 'sbom/x.json')).toThrow(
      /^sbom: "sbom\/x.json" is not allowed; expected an SPDX/,
    );
    expect(() => sbomPredicate(text, 'sbom/x.json')).toThrow(detail);
  });
});
