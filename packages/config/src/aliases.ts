/**
 * Where an alias bomb goes off. yaml refuses a document whose aliases expand past a bound, but
 * says neither where nor which alias: this repeats its count (per anchor: the uses of its alias
 * so far × the aliases the anchored node holds, recursively) to find the alias that crosses it.
 */
import { isAlias, isCollection, isPair, visit, type Document, type Node } from 'yaml';

/** As many aliased copies as a configuration file could want; far below what hurts. */
export const MAX_ALIAS_COUNT = 100;

/** The offset of the first alias whose expansion passes MAX_ALIAS_COUNT, in document order. */
export function excessiveAlias(doc: Document): number | undefined {
  const anchors = new Map<string, Node>();
  const uses = new Map<Node, number>();
  const weight = new Map<Node, number>();
  // The copies one expansion of `node` makes: 1 for a plain node, uses × weight for an alias.
  const weightOf = (node: unknown): number => {
    if (isAlias(node)) {
      const source = anchors.get(node.source);
      return source ? (uses.get(source) ?? 0) * (weight.get(source) ?? 1) : 0;
    }
    if (isCollection(node)) return Math.max(1, ...node.items.map(weightOf));
    if (isPair(node)) return Math.max(weightOf(node.key), weightOf(node.value));
    return 1;
  };
  let found: number | undefined;
  visit(doc, {
    Node(_key, node) {
      if (found !== undefined) return visit.BREAK;
      if (isAlias(node)) {
        const source = anchors.get(node.source);
        if (!source) return undefined;
        if (!weight.has(source)) weight.set(source, weightOf(source));
        const count = (uses.get(source) ?? 0) + 1;
        uses.set(source, count);
        if (count * (weight.get(source) ?? 1) > MAX_ALIAS_COUNT) {
          found = node.range?.[0];
          return visit.BREAK;
        }
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
      return undefined;
    },
  });
  return found;
}
