/**
 * The real apt as the oracle for one source: `apt-get update` in a throw-away apt root
 * (@pgforge/testkit: aptRoot), then `apt-cache policy` / `apt-cache madison` on it.
 */
import { aptRoot, candidate } from '@pgforge/testkit';

export interface OracleSource {
  mirror: string;
  suite: string;
  component: string;
  architecture: string;
  keyring: string;
  allowExpiredRelease?: boolean;
}

export interface AptOracle {
  /** The Candidate of `apt-cache policy <name>`, or undefined for "(none)". */
  candidate(name: string): Promise<string | undefined>;
  /** Every version `apt-cache madison <name>` lists, in its order. */
  madison(name: string): Promise<string[]>;
  /** Removes the apt root (its lists are tens of MB). */
  dispose(): Promise<void>;
}

export async function aptOracle(source: OracleSource): Promise<AptOracle> {
  const root = await aptRoot(
    `deb [signed-by=${source.keyring}] ${source.mirror} ${source.suite} ${source.component}`,
    source.architecture,
    [`Acquire::Check-Valid-Until=${source.allowExpiredRelease ? 'false' : 'true'}`],
  );
  const apt = async (command: 'apt-get' | 'apt-cache', args: string[]): Promise<string> => {
    const result = await root.run(command, args);
    if (result.code !== 0) {
      throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
    }
    return result.stdout;
  };
  try {
    await apt('apt-get', ['-q', 'update']);
  } catch (error) {
    await root.dispose();
    throw error;
  }
  return {
    dispose: () => root.dispose(),
    async candidate(name) {
      const out = await apt('apt-cache', ['policy', name]);
      const found = candidate(out);
      if (!found) throw new Error(`apt-cache policy ${name} printed no Candidate:\n${out}`);
      return found === '(none)' ? undefined : found;
    },
    async madison(name) {
      const out = await apt('apt-cache', ['madison', name]);
      return out
        .split('\n')
        .map((line) => line.split('|').map((f) => f.trim()))
        .filter((fields) => fields[0] === name && fields[1])
        .map((fields) => fields[1] as string);
    },
  };
}
