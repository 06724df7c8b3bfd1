/**
 * Flags whose action input takes a document (a step's output, JSON or YAML) take the document
 * itself, as the action does, or what a shell more often has, the path of a file holding it.
 * The two are told apart before anything is read, so that a mistake in either is named as what
 * it is: `--targets '{bad'` is JSON that does not parse, not a file that does not exist.
 */
import { readFile } from 'node:fs/promises';
import { InputFileError, UsageError } from './errors.js';
import { jsonSyntaxError } from './json-syntax.js';

export interface Document {
  text: string;
  /** `--targets`, or `--targets FILE`: where the text came from, for messages. */
  source: string;
  fromFile: boolean;
}

export interface DocumentOptions {
  /** The flag takes JSON: a value or file that starts as JSON does is checked as JSON. */
  json?: boolean;
}

/** A value that starts as JSON does: `[` or `{`, after white space. */
export const startsAsJson = (v: string): boolean => /^\s*[[{]/.test(v);

/** A path, not a word: it has a directory part, a file extension, or starts with `.` or `~`. */
function looksLikePath(v: string): boolean {
  return /[\\/]/.test(v) || /\.[A-Za-z0-9]{1,5}$/.test(v) || /^[.~]/.test(v);
}

function shown(v: string): string {
  const text = JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 37)}..."` : text;
}

function checkJson(text: string, where: string, ErrorType: new (m: string) => Error): void {
  const problem = jsonSyntaxError(text);
  if (problem) {
    throw new ErrorType(
      `${where}: not JSON: ${problem.message} at line ${problem.line}, column ${problem.column} (position ${problem.position})`,
    );
  }
}

/**
 * The document a flag names: `inline` says whether the value is the document itself (by its
 * first characters; a path never starts with `[`, `{` or `-`), else it names a file.
 */
export async function documentOrFile(
  name: string,
  v: string,
  inline: (text: string) => boolean,
  options: DocumentOptions = {},
): Promise<Document> {
  if (inline(v)) {
    if (options.json && startsAsJson(v)) checkJson(v, `--${name}`, UsageError);
    return { text: v, source: `--${name}`, fromFile: false };
  }
  const text = await readFile(v, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT' && !looksLikePath(v)) {
      throw new UsageError(
        `--${name}: ${shown(v)} is neither ${options.json ? 'JSON (which starts with [ or {)' : 'the document itself'} nor a file that exists`,
      );
    }
    if (e.code === 'ENOENT') throw new InputFileError(`--${name}: file not found: ${v}`);
    if (e.code === 'EISDIR') {
      throw new InputFileError(`--${name}: ${v} is a directory; expected a file`);
    }
    throw new InputFileError(`--${name}: cannot read ${v} (${e.code ?? e.message})`);
  });
  const source = `--${name} ${v}`;
  if (text.trim() === '') throw new InputFileError(`${source}: the file is empty`);
  if (options.json && startsAsJson(text)) checkJson(text, source, InputFileError);
  return { text, source, fromFile: true };
}

/**
 * What is wrong with a document's content, as the error its origin calls for: a value on the
 * command line is a usage error, a file's content a failed input.
 */
export function documentProblem(doc: Document, message: string): Error {
  const text = `${doc.source}: ${message}`;
  return doc.fromFile ? new InputFileError(text) : new UsageError(text);
}
