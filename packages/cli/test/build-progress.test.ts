import { describe, expect, it } from 'vitest';
import type { BuildProgress } from '@pgforge/operand';
import { buildView, elapsed, progressLine, type ProgressMode } from '../src/build-progress.js';

// A colour or weight: ESC [ n m.
const SGR = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`);

const event = (step: BuildProgress['step'], elapsedMs: number, detail?: string): BuildProgress => ({
  target: '18-minimal-trixie',
  index: 2,
  total: 3,
  step,
  elapsedMs,
  ...(detail !== undefined ? { detail } : {}),
});

/** A build as the package reports it: a step, BuildKit's lines, the next steps, the end. */
function run(mode: ProgressMode, isTTY: boolean, env: Record<string, string> = {}) {
  let written = '';
  let clock = 1_000;
  let tick: () => void = () => undefined;
  let stopped = false;
  const view = buildView({
    mode,
    stream: { isTTY, columns: 160, write: (t: string) => (written += t) },
    env,
    now: () => clock,
    every: (f) => {
      tick = f;
      return () => void (stopped = true);
    },
  });
  view.progress(event('bake', 0));
  view.output('#5 [internal] load metadata for docker.io/library/debian:trixie-slim');
  clock += 3_000;
  tick();
  view.output('#7 [stage-1 3/7] RUN apt-get install -y postgresql-18');
  view.output('#7 12.34 Setting up postgresql-18 (18.1-1) ...');
  view.log('18-minimal-trixie: its packages are not compared with the prediction');
  view.progress(event('push', 45_200));
  view.progress(event('tag', 47_000));
  view.progress(event('done', 47_500, 'sha256:abc'));
  view.warn('a warning');
  view.close();
  return { written, stopped, folded: view.folded };
}

describe('build progress on stderr', () => {
  it('states each step of each target with the time since the target began', () => {
    expect(progressLine(event('bake', 1234))).toBe(
      '[2/3] 18-minimal-trixie: building with BuildKit (1.2 s)',
    );
    expect(progressLine(event('push', 125_000))).toBe(
      '[2/3] 18-minimal-trixie: pushing by digest (2 min 05 s)',
    );
    expect(progressLine(event('done', 47_500, 'sha256:abc'))).toBe(
      '[2/3] 18-minimal-trixie: built sha256:abc in 47.5 s',
    );
    expect(progressLine(event('failed', 3_000, 'E: no package'))).toBe(
      '[2/3] 18-minimal-trixie: failed after 3.0 s: E: no package',
    );
    expect(elapsed(59_949)).toBe('59.9 s');
    expect(elapsed(60_000)).toBe('1 min 00 s');
  });

  it("plain: BuildKit's whole log and a plain line per step, no carriage return or colour", () => {
    const { written, folded } = run('plain', true);
    expect(folded).toBe(false);
    expect(written.split('\n')).toEqual([
      'pgforge: [2/3] 18-minimal-trixie: building with BuildKit (0.0 s)',
      '#5 [internal] load metadata for docker.io/library/debian:trixie-slim',
      '#7 [stage-1 3/7] RUN apt-get install -y postgresql-18',
      '#7 12.34 Setting up postgresql-18 (18.1-1) ...',
      '18-minimal-trixie: its packages are not compared with the prediction',
      'pgforge: [2/3] 18-minimal-trixie: pushing by digest (45.2 s)',
      'pgforge: [2/3] 18-minimal-trixie: tagging (47.0 s)',
      'pgforge: [2/3] 18-minimal-trixie: built sha256:abc in 47.5 s',
      'warning: a warning',
      '',
    ]);
  });

  it('auto where stderr is no terminal (a CI log) is plain', () => {
    const auto = run('auto', false, { FORCE_COLOR: '1' });
    expect(auto.written).toBe(run('plain', false).written);
    expect(auto.written).not.toContain('\r');
    expect(auto.written).not.toContain('\x1b');
  });

  it("auto on a terminal folds BuildKit's log into one status line, redrawn with its elapsed time", () => {
    const { written, stopped, folded } = run('auto', true);
    expect(folded).toBe(true);
    expect(stopped).toBe(true);
    // BuildKit's lines are no lines of their own: a step's title shows in the status line.
    expect(written).not.toContain('Setting up postgresql-18');
    expect(written).not.toMatch(/#\d+ .*\n/);
    // The clock's tick redraws the status with the time gone by.
    expect(written).toContain(
      '\r\x1b[K\x1b[2m[2/3] 18-minimal-trixie: building with BuildKit (3.0 s)',
    );
    // BuildKit's step is shown beside it.
    expect(written).toContain(
      '[2/3] 18-minimal-trixie: building with BuildKit (3.0 s) [stage-1 3/7] RUN apt-get install -y postgresql-18',
    );
    // Lines are kept above the status line; the end of a target is one, in green.
    expect(written).toContain(
      '\r\x1b[K18-minimal-trixie: its packages are not compared with the prediction\n',
    );
    expect(written).toContain(
      '\x1b[32m[2/3] 18-minimal-trixie: built sha256:abc in 47.5 s\x1b[39m\n',
    );
    expect(written).toContain('warning: a warning\n');
    // Closing clears the status line: the next output starts on a clean line.
    expect(written.endsWith('\n')).toBe(true);
  });

  it('a terminal with NO_COLOR still folds and redraws, without colour', () => {
    const { written } = run('auto', true, { NO_COLOR: '1' });
    expect(written).toContain('\r\x1b[K[2/3] 18-minimal-trixie: building with BuildKit (3.0 s)');
    expect(written).not.toMatch(SGR);
  });

  it('a status line wider than the terminal is cut, since a wrapped one cannot be redrawn', () => {
    let written = '';
    const view = buildView({
      mode: 'auto',
      stream: { isTTY: true, columns: 40, write: (t: string) => (written += t) },
      env: { NO_COLOR: '1' },
      now: () => 0,
      every: () => () => undefined,
    });
    view.progress(event('bake', 0));
    view.close();
    const status = written.split('\r\x1b[K').filter(Boolean)[0] ?? '';
    expect([...status]).toHaveLength(39);
    expect(status.endsWith('…')).toBe(true);
  });

  it('quiet: nothing but warnings', () => {
    expect(run('quiet', true).written).toBe('warning: a warning\n');
  });
});
