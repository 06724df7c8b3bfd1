/**
 * A workflow as the YAML library reads it, with the position of every node: the checks walk
 * the document tree rather than a plain object so that each finding names its line.
 */
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';

export interface Source {
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
}

export class YamlSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'YamlSyntaxError';
  }
}

export function parseSource(file: string, text: string): Source {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) throw new YamlSyntaxError(file, error.linePos?.[0].line ?? 1, error.message);
  return { file, text, doc, lines };
}

export interface Position {
  line: number;
  column: number;
}

export function positionAt(source: Source, offset: number): Position {
  const { line, col } = source.lines.linePos(offset);
  return { line, column: col };
}

export function positionOf(source: Source, node: Node | null | undefined): Position {
  return positionAt(source, node?.range?.[0] ?? 0);
}

/** The value under `key` of a mapping node (undefined for anything else). */
export function child(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
  return (pair?.value ?? undefined) as Node | undefined;
}

export function hasKey(node: unknown, key: string): boolean {
  return isMap(node) && node.items.some((p) => isScalar(p.key) && p.key.value === key);
}

/** The key node of `key`, for findings about a key itself (`secrets: inherit`). */
export function keyNode(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => isScalar(p.key) && p.key.value === key)?.key as Node | undefined;
}

export function entries(node: unknown): [string, Node | undefined][] {
  if (!isMap(node)) return [];
  return (node as YAMLMap).items.flatMap((p) =>
    isScalar(p.key) ? [[String(p.key.value), (p.value ?? undefined) as Node | undefined]] : [],
  );
}

export function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

export function text(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  return node.value === null || node.value === undefined ? undefined : String(node.value);
}

/** Every scalar below `node`, with itself as the path's last element. */
export function scalars(node: unknown): Node[] {
  if (isScalar(node)) return [node];
  if (isMap(node)) return node.items.flatMap((p) => scalars(p.value));
  if (isSeq(node)) return node.items.flatMap((i) => scalars(i));
  return [];
}
