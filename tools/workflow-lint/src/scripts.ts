/** The commands of a `run:` script, each with the place of its first line in the workflow. */
import type { Node } from 'yaml';
import { positionAt, positionOf, text, type Position } from './yaml-tree.js';
import type { Context } from './context.js';

export interface Command {
  /** The command, its continuation lines (`\` at the end) joined with a space. */
  text: string;
  at: Position;
}

export function commandsOf(c: Context, run: Node): Command[] {
  const value = text(run);
  if (value === undefined) return [];
  const end = run.range?.[1] ?? c.source.text.length;
  let searchFrom = run.range?.[0] ?? 0;
  const commands: Command[] = [];
  const lines = value.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const first = (lines[i] ?? '').trim();
    if (first === '' || first.startsWith('#')) continue;
    let joined = first;
    while (joined.endsWith('\\') && i + 1 < lines.length) {
      joined = `${joined.slice(0, -1).trimEnd()} ${(lines[++i] ?? '').trim()}`;
    }
    // The line is found again in the source (past the scalar's indentation) for its position.
    const offset = c.source.text.indexOf(first, searchFrom);
    const inNode = offset >= 0 && offset < end;
    if (inNode) searchFrom = offset + first.length;
    commands.push({
      text: joined,
      at: inNode ? positionAt(c.source, offset) : positionOf(c.source, run),
    });
  }
  return commands;
}
