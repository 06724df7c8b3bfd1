import { exec } from '@pgforge/exec';

/**
 * The commit time of HEAD in `directory` (seconds since the epoch): SOURCE_DATE_EPOCH for a
 * reproducible build. Undefined outside a git checkout.
 */
export async function commitTime(
  directory: string,
  env: Record<string, string | undefined>,
): Promise<number | undefined> {
  const r = await exec('git', ['-C', directory, 'log', '-1', '--format=%ct'], { env }).catch(
    () => undefined,
  );
  const seconds = r?.code === 0 ? Number(r.stdout.trim()) : NaN;
  return Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}
