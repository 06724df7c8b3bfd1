import { describe, expect, it } from 'vitest';
import { selectTargets, TargetSelectionError } from '@pgforge/operand';
import { sampleTargets } from '../../targets/test/sample.js';

const { all } = sampleTargets();
const ids = (ts: { id: string }[]) => ts.map((t) => t.id);

describe('selectTargets', () => {
  it('orders parents before the flavours built on them, keeping the matrix order otherwise', () => {
    const reversed = [...all].reverse();
    expect(ids(selectTargets(reversed).build)).toEqual([
      '18-minimal-trixie',
      '17-minimal-trixie',
      '18-standard-trixie',
      '17-standard-trixie',
      '18-full-trixie',
      '17-full-trixie',
    ]);
  });

  it('narrows to ids, a major or a distribution', () => {
    expect(ids(selectTargets(all, { select: ['17'] }).build)).toEqual([
      '17-minimal-trixie',
      '17-standard-trixie',
      '17-full-trixie',
    ]);
    expect(ids(selectTargets(all, { select: ['18-full-trixie'] }).build)).toEqual([
      '18-full-trixie',
    ]);
    expect(selectTargets(all, { select: ['trixie'] }).build).toHaveLength(6);
  });

  it('names what a selection does not match', () => {
    expect(() => selectTargets(all, { select: ['19', '17'] })).toThrow(
      /select: "19" names no target; expected target ids \(17-minimal-trixie, .*\), a major or a distribution/,
    );
  });

  it('takes unkept parents from all-targets, and names a parent that is nowhere', () => {
    const full = all.filter((t) => t.id === '17-full-trixie');
    expect(ids(selectTargets(full, { allTargets: all }).all)).toContain('17-minimal-trixie');
    expect(() => selectTargets(full)).toThrow(TargetSelectionError);
    expect(() => selectTargets(full)).toThrow(
      "target 17-full-trixie is built on 17-standard-trixie, which is in neither targets nor all-targets; pass the matrix's all-targets output as all-targets",
    );
    const withStandard = all.filter((t) => ['17-full-trixie', '17-standard-trixie'].includes(t.id));
    expect(() => selectTargets(withStandard)).toThrow(
      /17-standard-trixie is built on 17-minimal-trixie/,
    );
  });
});

describe('buildImages before any build', () => {
  it('refuses a PGDG mirror on loopback, which no build step reaches, naming the target', async () => {
    const { buildImages } = await import('@pgforge/operand');
    const { RegistryClient } = await import('@pgforge/oci');
    const { all } = sampleTargets();
    const t = {
      ...all[0]!,
      buildArgs: { ...all[0]!.buildArgs, PGDG_MIRROR: 'http://127.0.0.1:8080/pgdg' },
    };
    const error = await buildImages({
      targets: [t],
      push: false,
      provenance: false,
      dockerfile: '/nonexistent/docker/Dockerfile',
      workDir: '/nonexistent/work',
      env: {},
      retries: 0,
      registry: new RegistryClient(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetSelectionError);
    expect((error as Error).message).toContain(
      `target ${t.id}: packages.mirror http://127.0.0.1:8080/pgdg is on loopback`,
    );
  });
});
