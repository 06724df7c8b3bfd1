import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { excessiveAlias, MAX_ALIAS_COUNT } from './aliases.js';
import { fieldPath } from './errors.js';

/** A parsed YAML document that can say on which line a field stands. */
export interface LocatedDocument {
  value: unknown;
  /** 1-based line and column of the value at `path` (of its key when `key` is true). */
  locate(
    path: readonly (string | number)[],
    key?: boolean,
  ): { line: number; column: number } | undefined;
  /** The line of every field the file sets, by dotted path (`packages.mirror`, `postgres[1]`). */
  lines(): Record<string, number>;
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
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml stops an alias bomb ("billion laughs") with a bare ReferenceError: say where.
    if (!(error instanceof ReferenceError)) throw error;
    const alias = excessiveAlias(doc);
    const pos = alias === undefined ? undefined : lineCounter.linePos(alias);
    throw new YamlSyntaxError(
      /excessive alias/i.test(error.message)
        ? `aliases here expand to more than ${MAX_ALIAS_COUNT} copies (a YAML "billion laughs"); write the values out, or use fewer aliases of aliases`
        : error.message,
      pos?.line,
      pos?.col,
    );
  }
  return {
    value,
    lines() {
      const lines: Record<string, number> = {};
      const walk = (node: unknown, path: (string | number)[]): void => {
        const offset = (node as { range?: [number] } | null)?.range?.[0];
        if (path.length > 0 && offset !== undefined) {
          lines[fieldPath(path)] = lineCounter.linePos(offset).line;
        }
        if (isMap(node)) {
          for (const pair of node.items) {
            if (!isScalar(pair.key)) continue;
            const key = String(pair.key.value);
            // The key's line: a mapping or list value starts on the lines after it.
            const at = (pair.key as { range?: [number] }).range?.[0];
            if (at !== undefined) lines[fieldPath([...path, key])] = lineCounter.linePos(at).line;
            if (isMap(pair.value) || isSeq(pair.value)) walk(pair.value, [...path, key]);
          }
        } else if (isSeq(node)) {
          node.items.forEach((item, i) => walk(item, [...path, i]));
        }
      };
      walk(doc.contents, []);
      return lines;
    },
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
