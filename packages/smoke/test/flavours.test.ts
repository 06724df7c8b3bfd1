import { describe, expect, it } from 'vitest';
import {
  FLAVOUR_EXPECTATIONS,
  flavourOfReference,
  majorOfReference,
  resolveExpectations,
} from '../src/flavours.js';

describe('what flavours promise', () => {
  it('minimal promises the server alone and C.UTF-8, never en_US.UTF-8', () => {
    expect(FLAVOUR_EXPECTATIONS.minimal).toEqual({
      extensions: [],
      locales: ['C.UTF-8'],
      preloadLibraries: [],
    });
  });

  it('standard promises vector and pgaudit (preloaded) and en_US.UTF-8; full adds postgis', () => {
    expect(FLAVOUR_EXPECTATIONS.standard.extensions).toEqual(['vector', 'pgaudit']);
    expect(FLAVOUR_EXPECTATIONS.standard.preloadLibraries).toContain('pgaudit');
    expect(FLAVOUR_EXPECTATIONS.standard.locales).toContain('en_US.UTF-8');
    expect(FLAVOUR_EXPECTATIONS.full.extensions).toEqual(['vector', 'pgaudit', 'postgis']);
  });
});

describe('reading tags', () => {
  it.each([
    ['ghcr.io/cloudnative-pg/postgresql:17.6-202611211015-standard-trixie', 17, 'standard'],
    ['ghcr.io/cloudnative-pg/postgresql:18-minimal-trixie', 18, 'minimal'],
    ['127.0.0.1:5000/x/postgresql-testing:18.1-full-sid', 18, 'full'],
    ['ghcr.io/cloudnative-pg/postgresql:17', 17, undefined],
    ['ghcr.io/cloudnative-pg/postgresql@sha256:' + 'a'.repeat(64), undefined, undefined],
    ['localhost:5001/postgres:latest', undefined, undefined],
  ])('%s: major %s, flavour %s', (reference, major, flavour) => {
    expect(majorOfReference(reference)).toBe(major);
    expect(flavourOfReference(reference)).toBe(flavour);
  });
});

describe('resolveExpectations', () => {
  it('takes the flavour from the tag when none is given', () => {
    expect(resolveExpectations({ image: 'r/p:17-standard-trixie' })).toEqual({
      expectations: FLAVOUR_EXPECTATIONS.standard,
      flavour: 'standard',
      flavourSource: 'tag',
    });
  });

  it('lets the input name the flavour over the tag', () => {
    const r = resolveExpectations({ image: 'r/p:17-standard-trixie', flavour: 'minimal' });
    expect(r.flavour).toBe('minimal');
    expect(r.flavourSource).toBe('input');
    expect(r.expectations.locales).not.toContain('en_US.UTF-8');
  });

  it('without a flavour expects the server alone', () => {
    expect(resolveExpectations({ image: 'r/p@sha256:' + 'b'.repeat(64) })).toEqual({
      expectations: FLAVOUR_EXPECTATIONS.minimal,
      flavourSource: 'none',
    });
  });

  it('replaces each list given explicitly, keeps the others, drops plpgsql and duplicates', () => {
    const r = resolveExpectations({
      image: 'r/p:17-full-trixie',
      extensions: ['plpgsql', 'hypopg', 'hypopg'],
      locales: [],
    });
    expect(r.expectations).toEqual({
      extensions: ['hypopg'],
      locales: [],
      preloadLibraries: FLAVOUR_EXPECTATIONS.full.preloadLibraries,
    });
  });
});
