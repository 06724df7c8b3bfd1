import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '@pgforge/config';
import { UserError } from '@pgforge/errors';
import { InputError, reportFailure } from '../src/index.js';

/** The workflow commands reportFailure writes to stdout, and the exit code it sets. */
function report(error: unknown): { lines: string[]; exitCode: typeof process.exitCode } {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    reportFailure(error);
  } finally {
    spy.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { lines: written.join('').split(/\r?\n/).filter(Boolean), exitCode };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('reportFailure', () => {
  it('tells a user error with a file as one annotation at its file and line, no stack', () => {
    const error = new UserError('keyring keys/pgdg.asc: not in this checkout', {
      file: 'keys/pgdg.asc',
      line: 3,
      column: 5,
    });
    const r = report(error);
    expect(r.lines).toEqual([
      '::error title=input,file=keys/pgdg.asc,line=3,col=5::keyring keys/pgdg.asc: not in this checkout',
    ]);
    expect(r.exitCode).toBe(1);
  });

  it('names an option a package gives as the input it is', () => {
    const r = report(
      UserError.notAllowed('images[0].reference', 'r/pg:latest', 'a reference by digest'),
    );
    expect(r.lines).toEqual([
      '::error title=input::input "images[0].reference": "r/pg:latest" is not allowed; expected a reference by digest',
    ]);
    expect(report(new InputError('mode', 'cluster', 'container, kind, all')).lines).toEqual([
      '::error title=input::input "mode": "cluster" is not allowed; expected container, kind, all',
    ]);
  });

  it('tells each problem of a configuration as its own annotation', () => {
    const r = report(
      new ConfigError([
        { origin: 'images.yaml', field: 'postgres[0]', message: '9 is not allowed', line: 2 },
        { origin: 'input "platforms"', field: '', message: '"sparc" is not allowed' },
      ]),
    );
    expect(r.lines).toEqual([
      '::error title=configuration,file=images.yaml,line=2::postgres[0]: 9 is not allowed',
      '::error title=configuration::input "platforms": "sparc" is not allowed',
    ]);
    expect(r.exitCode).toBe(1);
  });

  it('fails the step on anything else, the stack only as debug output', () => {
    const r = report(new Error('socket hang up'));
    expect(r.lines.filter((l) => l.startsWith('::error'))).toEqual(['::error::socket hang up']);
    expect(r.lines.filter((l) => !l.startsWith('::error')).join('\n')).toMatch(
      /^::debug::Error: socket hang up%0A {4}at /,
    );
    expect(r.exitCode).toBe(1);
  });
});
