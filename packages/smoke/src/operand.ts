/**
 * What the operand image is (its PostgreSQL major and Debian distribution), learned from the
 * image itself before any level starts: both levels mount the extension images chosen for it.
 * One short container reads /etc/os-release and `postgres --version`.
 */
import { CheckFailure } from './checks.js';
import { parseServerVersion } from './server-version.js';
import { distributionNames, parseOsRelease, type OperandIdentity } from './extension-choice.js';
import { majorOfReference } from './flavours.js';
import { describeFailure, type CommandResult, type CommandRunner } from './runner.js';

export interface OperandProbeOptions {
  image: string;
  runner: CommandRunner;
  timeoutMs: number;
}

const MARK = '--- pgforge: postgres --version ---';

/** Pulls the image when the local store lacks it, then reads what the container says. */
export async function probeOperand(options: OperandProbeOptions): Promise<OperandIdentity> {
  const { image, runner, timeoutMs } = options;
  const ok = async (args: string[]): Promise<CommandResult> => {
    const result = await runner.run('docker', args, { timeoutMs });
    if (result.code !== 0)
      throw new CheckFailure(describeFailure('docker', args, result, timeoutMs));
    return result;
  };
  const present = await runner.run('docker', ['image', 'inspect', '--format', '{{.Id}}', image], {
    timeoutMs,
  });
  if (present.code !== 0) await ok(['pull', '--quiet', image]);
  const script =
    'cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null; ' +
    `echo '${MARK}'; postgres --version 2>/dev/null || true`;
  const r = await ok([
    'run',
    '--rm',
    '--network',
    'none',
    '--label',
    'io.pgforge.smoke=operand-probe',
    '--entrypoint',
    'sh',
    image,
    '-c',
    script,
  ]);
  return operandIdentity(image, r.stdout);
}

/** The identity from the probe's output (os-release, the mark, `postgres --version`). */
export function operandIdentity(image: string, output: string): OperandIdentity {
  const at = output.indexOf(MARK);
  const osText = at === -1 ? output : output.slice(0, at);
  const versionText = at === -1 ? '' : output.slice(at + MARK.length);
  const osRelease = parseOsRelease(osText);
  const server = parseServerVersion(versionText);
  const tagged = majorOfReference(image);
  return {
    ...(server
      ? { major: server.major, majorFrom: 'server' as const, serverVersion: server.version }
      : tagged !== undefined
        ? { major: tagged, majorFrom: 'tag' as const }
        : {}),
    distributions: distributionNames(osRelease),
    osRelease,
  };
}
