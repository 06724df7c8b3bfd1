/**
 * What each flavour promises, as checks can test it. @pgforge/config's default flavours list
 * Debian packages (`postgresql-{major}-pgvector`), not the extensions or locales they bring, so
 * the promises are kept here, in one table.
 */
import { parseReference } from '@pgforge/oci';
import type { Expectations } from './types.js';

export type FlavourName = 'minimal' | 'standard' | 'full';
export const FLAVOURS: readonly FlavourName[] = ['minimal', 'standard', 'full'];

const minimal: Expectations = {
  extensions: [],
  // glibc's built-in C.UTF-8; en_US.UTF-8 needs locales-all, which minimal leaves out.
  locales: ['C.UTF-8'],
  preloadLibraries: [],
};

const standard: Expectations = {
  extensions: ['vector', 'pgaudit'],
  locales: ['C.UTF-8', 'en_US.UTF-8'],
  // pgaudit refuses CREATE EXTENSION unless preloaded; pg_failover_slots is a module only,
  // so loading it at start is its whole check.
  preloadLibraries: ['pgaudit', 'pg_failover_slots'],
};

const full: Expectations = {
  extensions: [...standard.extensions, 'postgis'],
  locales: standard.locales,
  preloadLibraries: standard.preloadLibraries,
};

export const FLAVOUR_EXPECTATIONS: Readonly<Record<FlavourName, Expectations>> = {
  minimal,
  standard,
  full,
};

export function isFlavour(value: string): value is FlavourName {
  return (FLAVOURS as readonly string[]).includes(value);
}

/** The flavour a tag names, CNPG's way (`17.6-202611211015-standard-trixie`), if any. */
export function flavourOfReference(reference: string): FlavourName | undefined {
  const tag = parseReference(reference).tag;
  if (!tag) return undefined;
  const words = tag.split('-');
  return FLAVOURS.find((f) => words.includes(f));
}

/** The PostgreSQL major a tag starts with (`17`, `17.6-…`, `18-minimal-trixie`), if any. */
export function majorOfReference(reference: string): number | undefined {
  const tag = parseReference(reference).tag;
  const m = tag ? /^(\d+)(?:[.-]|$)/.exec(tag) : null;
  return m ? Number(m[1]) : undefined;
}

export interface ExpectationInputs {
  image: string;
  flavour?: FlavourName;
  /** Each given list replaces the flavour's list of the same kind. */
  extensions?: string[];
  locales?: string[];
  preloadLibraries?: string[];
}

export interface ResolvedExpectations {
  expectations: Expectations;
  flavour?: FlavourName;
  flavourSource: 'input' | 'tag' | 'none';
}

/**
 * The flavour given, else the one the tag names, else none (the server alone); explicit lists
 * override the flavour's. plpgsql is in every server and never needs listing.
 */
export function resolveExpectations(inputs: ExpectationInputs): ResolvedExpectations {
  const fromTag = flavourOfReference(inputs.image);
  const flavour = inputs.flavour ?? fromTag;
  const source = inputs.flavour ? 'input' : fromTag ? 'tag' : 'none';
  const base = flavour ? FLAVOUR_EXPECTATIONS[flavour] : minimal;
  const unique = (xs: string[]): string[] => [...new Set(xs)];
  return {
    expectations: {
      extensions: unique((inputs.extensions ?? base.extensions).filter((e) => e !== 'plpgsql')),
      locales: unique(inputs.locales ?? base.locales),
      preloadLibraries: unique(inputs.preloadLibraries ?? base.preloadLibraries),
    },
    ...(flavour ? { flavour } : {}),
    flavourSource: source,
  };
}
