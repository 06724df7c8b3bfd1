/**
 * Relationship fields with their version constraints (deb-control(5)): `a (>= 1), b | c:any`.
 * parseDependsNames (depends.ts) keeps only the names; resolving dependencies needs the
 * constraints too, and Provides' `(= version)`.
 */
import { compareDebianVersions } from '@pgforge/versions';

export type RelationOperator = '<<' | '<=' | '=' | '>=' | '>>';

export interface Relation {
  name: string;
  constraint?: { op: RelationOperator; version: string };
}

// name[:arch] [(op version)]; architecture lists and build profiles are removed before.
const ALTERNATIVE = /^([^\s:(]+)(?::\S+?)?\s*(?:\(\s*(<<|<=|>=|>>|=|<|>)\s*([^\s)]+)\s*\))?$/;

function operator(op: string): RelationOperator {
  // `<` and `>` are the obsolete spellings of `<=` and `>=` (deb-control(5)).
  if (op === '<') return '<=';
  if (op === '>') return '>=';
  return op as RelationOperator;
}

/**
 * One inner array per comma-separated group, holding its `|` alternatives. An alternative that
 * does not follow the grammar keeps its first word as the name and no constraint, as
 * parseDependsNames does, rather than failing a whole index over one odd stanza.
 */
export function parseRelations(field: string): Relation[][] {
  const groups: Relation[][] = [];
  // A build profile is `<...>` holding no parenthesis or `<`: so `(<< 2)` is left alone.
  const stripped = field.replace(/\[[^\]]*\]/g, ' ').replace(/<[^<>()]*>/g, ' ');
  for (const group of stripped.split(',')) {
    const alternatives: Relation[] = [];
    for (const text of group.split('|')) {
      const trimmed = text.trim().replace(/\s+/g, ' ');
      if (trimmed === '') continue;
      const m = ALTERNATIVE.exec(trimmed);
      if (m?.[1]) {
        const relation: Relation = { name: m[1] };
        if (m[2] && m[3]) relation.constraint = { op: operator(m[2]), version: m[3] };
        alternatives.push(relation);
      } else {
        const name = trimmed.split(/[\s(]/)[0]?.split(':')[0] ?? '';
        if (name !== '') alternatives.push({ name });
      }
    }
    if (alternatives.length > 0) groups.push(alternatives);
  }
  return groups;
}

/** Whether `version` meets the constraint (always, when there is none). */
export function satisfiesConstraint(version: string, constraint: Relation['constraint']): boolean {
  if (!constraint) return true;
  const c = compareDebianVersions(version, constraint.version);
  switch (constraint.op) {
    case '<<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '=':
      return c === 0;
    case '>=':
      return c >= 0;
    case '>>':
      return c > 0;
  }
}

/** The relation as deb-control writes it: `libc6 (>= 2.38)`. */
export function formatRelation(relation: Relation): string {
  const { name, constraint } = relation;
  return constraint ? `${name} (${constraint.op} ${constraint.version})` : name;
}
