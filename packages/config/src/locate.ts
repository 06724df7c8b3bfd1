import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML document that can say on which line a field stands. */
export interface LocatedDocument {
  value: unknown;
  /** 1-based line and column of the value at `path` (of its key when `key` is true). */
  locate(
    path: readonly (string | number)[],
    key?: boolean,
  ): { line: number; column: number } | undefined;
}

export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

export function parseYaml(text: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    throw new YamlSyntaxError(first.message.split('\n')[0] ?? first.message, pos?.line, pos?.col);
  }
  return {
    value: doc.toJS({ maxAliasCount: 100 }) as unknown,
    locate(path, key = false) {
      let node: unknown = doc.contents;
      let offset: number | undefined = (node as { range?: [number] } | null)?.range?.[0];
      for (const [i, k] of path.entries()) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(k));
          if (!pair) break;
          const last = i === path.length - 1;
          const target = last && key ? pair.key : pair.value;
          offset = (target as { range?: [number] } | null)?.range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node) && typeof k === 'number') {
          node = node.items[k];
          offset = (node as { range?: [number] } | undefined)?.range?.[0] ?? offset;
        } else break;
      }
      if (offset === undefined) return undefined;
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
  };
}
