/**
 * One interface, two front ends: every flag of `pgforge <command>` is the input of
 * actions/<command>/action.yml of the same name, with the same default, the same kind (boolean
 * or not) and the same required-ness. What only one front end can have is listed below, each
 * with its reason; a listed exception that no longer differs fails too, so the list stays true.
 * A default that differs is listed with its reason here and in the README's table of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CommandSpec } from '../src/args.js';
import { loadCommands } from '../src/cli.js';

// Every command loaded, as `pgforge help` loads them (the CLI loads one when it runs).
const COMMANDS = await loadCommands();

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Actions with no CLI command, and why. None today. */
const NO_CLI_COMMAND: Record<string, string> = {};

/** Commands with no action of their own, and why. */
const NO_ACTION: Record<string, string> = {
  release:
    'the whole chain on one machine; in a workflow the chain is .github/workflows/build-images.yml, one job per step',
};

/** Flags only a shell can use, and why. */
const CLI_ONLY: Record<string, Record<string, string>> = {
  matrix: {
    'targets-file':
      'the action sets the targets output; a shell has no outputs, so writes the file build --targets reads',
    'all-targets-file':
      'the action sets the all-targets output; a shell writes the file build --all-targets reads',
  },
  build: {
    'work-dir':
      'the action works under RUNNER_TEMP, which the runner removes; on a laptop the caller says where',
    progress:
      "a workflow log is no terminal: the action logs BuildKit's whole output, in a group per target",
  },
};

/**
 * What a shell can ask of stdout besides the result: the step summary, which the action always
 * writes to GITHUB_STEP_SUMMARY, as text for a terminal or as that Markdown.
 */
const SUMMARY =
  'the action always writes the step summary; a shell picks the result (JSON), text or Markdown on stdout';

/** Flags every command that prints a result has: stdout is a shell's; an action sets outputs. */
const CLI_ONLY_EVERYWHERE: Record<string, string> = {
  json: 'a shell reads the result from stdout; the action sets outputs, which are JSON already',
  summary: SUMMARY,
};

/**
 * Defaults that differ between a flag and its input, and why. The README's CLI section lists
 * each one too (checked below), so that a user of both finds them.
 */
const DEFAULT_DIFFERS: Record<string, Record<string, string>> = {
  matrix: {
    'bake-file':
      'the action writes under RUNNER_TEMP and sets the bake-file output; a shell needs a file it can find, in the working directory',
  },
  build: {
    'digests-dir':
      'the action keeps them under RUNNER_TEMP for upload-artifact; a shell keeps them in the working directory for the merge',
    'sbom-dir':
      'the action writes under RUNNER_TEMP for upload-artifact; a shell, in the working directory',
  },
  extension: {
    output:
      'the action writes the layout under RUNNER_TEMP and sets an output; a shell, in the working directory',
    'sbom-dir':
      'the action writes under RUNNER_TEMP for upload-artifact; a shell, in the working directory',
  },
  'smoke-test': {
    'report-file':
      'the action writes under RUNNER_TEMP and sets the report output; a shell, in the working directory',
  },
};

/** Inputs only a workflow can use (github-token and the like), and why. */
const ACTION_ONLY: Record<string, Record<string, string>> = {
  attest: {
    'github-token':
      'signing through GitHub needs a workflow run (its OIDC token); the command signs with a cosign key',
    'cosign-password':
      'a password on a command line is seen by every process (ps); the command reads COSIGN_PASSWORD, as cosign does',
  },
  catalog: {
    'cosign-password':
      'a password on a command line is seen by every process (ps); the command reads COSIGN_PASSWORD, as cosign does',
  },
};

interface ActionInput {
  default?: unknown;
  required?: boolean;
}

function actionInputs(action: string): Map<string, ActionInput> {
  const doc = parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, ActionInput | null>;
  };
  return new Map(Object.entries(doc.inputs ?? {}).map(([k, v]) => [k, v ?? {}]));
}

/** As the runner hands it over: a string, whatever YAML type it was written as. */
function actionDefault(input: ActionInput): string | undefined {
  return input.default === undefined || input.default === null ? undefined : String(input.default);
}

const actionDirs = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const specs: [string, CommandSpec][] = Object.entries(COMMANDS)
  .filter(([n]) => !(n in NO_ACTION))
  .map(([n, c]) => [n, c.spec]);

describe('commands and actions', () => {
  it('every action has its command, unless listed with a reason, and every command its action', () => {
    const commands = Object.keys(COMMANDS).sort();
    expect(actionDirs.filter((a) => !(a in NO_CLI_COMMAND))).toEqual(
      commands.filter((c) => !(c in NO_ACTION)),
    );
    for (const command of Object.keys(NO_ACTION)) {
      expect(commands, `${command} is listed as a command without action`).toContain(command);
      expect(actionDirs, `${command} has an action now: drop it from NO_ACTION`).not.toContain(
        command,
      );
    }
    for (const action of Object.keys(NO_CLI_COMMAND)) {
      expect(actionDirs, `${action} is listed as an action without command`).toContain(action);
      expect(commands, `${action} has a command now: drop it from NO_CLI_COMMAND`).not.toContain(
        action,
      );
    }
  });

  it('every exception names a known command', () => {
    for (const name of [...Object.keys(CLI_ONLY), ...Object.keys(ACTION_ONLY)]) {
      expect(Object.keys(COMMANDS)).toContain(name);
    }
  });
});

describe.each(specs)('pgforge %s and its action', (name, spec) => {
  const inputs = actionInputs(name);
  const flags = new Map(spec.flags.map((f) => [f.name, f]));
  const cliOnly = { ...(CLI_ONLY[name] ?? {}), ...CLI_ONLY_EVERYWHERE };
  const actionOnly = ACTION_ONLY[name] ?? {};

  it('share every name, but for the listed exceptions', () => {
    const missingInAction = [...flags.keys()].filter((f) => !inputs.has(f) && !(f in cliOnly));
    const missingInCli = [...inputs.keys()].filter((i) => !flags.has(i) && !(i in actionOnly));
    expect({ missingInAction, missingInCli }).toEqual({ missingInAction: [], missingInCli: [] });
  });

  it('list as exceptions only names that are on one side alone', () => {
    for (const [flag, reason] of Object.entries(cliOnly)) {
      expect(reason).not.toBe('');
      if (flag in CLI_ONLY_EVERYWHERE && !flags.has(flag)) continue;
      expect(flags.has(flag), `--${flag} is listed as CLI-only but is no flag`).toBe(true);
      expect(inputs.has(flag), `${flag} is an input now: drop it from CLI_ONLY`).toBe(false);
    }
    for (const [input, reason] of Object.entries(actionOnly)) {
      expect(reason).not.toBe('');
      expect(inputs.has(input), `${input} is listed as action-only but is no input`).toBe(true);
      expect(flags.has(input), `--${input} is a flag now: drop it from ACTION_ONLY`).toBe(false);
    }
  });

  it('give a shared name the same default (or none on both sides), but for the listed ones', () => {
    const listed = DEFAULT_DIFFERS[name] ?? {};
    const differ: string[] = [];
    for (const [key, input] of inputs) {
      const flag = flags.get(key);
      if (!flag) continue;
      const fromAction = actionDefault(input);
      if (fromAction !== flag.default && !(key in listed)) {
        differ.push(
          `${key}: action.yml ${JSON.stringify(fromAction)}, CLI ${JSON.stringify(flag.default)}`,
        );
      }
    }
    expect(differ).toEqual([]);
    for (const [key, reason] of Object.entries(listed)) {
      expect(reason).not.toBe('');
      const input = inputs.get(key);
      expect(input && flags.has(key), `${key} is listed but is not a shared name`).toBeTruthy();
      expect(
        input && actionDefault(input) !== flags.get(key)?.default,
        `${key}: the defaults agree now: drop it from DEFAULT_DIFFERS`,
      ).toBe(true);
    }
  });

  it('agree on which names are booleans', () => {
    // An action input is a boolean when its default is one: the runner has no other types.
    const differ: string[] = [];
    for (const [key, input] of inputs) {
      const flag = flags.get(key);
      if (!flag) continue;
      const actionBoolean = ['true', 'false'].includes(actionDefault(input) ?? '');
      if (actionBoolean !== (flag.type === 'boolean')) {
        differ.push(`${key}: action ${actionBoolean ? 'boolean' : 'value'}, CLI ${flag.type}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('agree on which names are required', () => {
    const differ: string[] = [];
    for (const [key, input] of inputs) {
      const flag = flags.get(key);
      if (!flag) continue;
      const cliRequired = flag.type === 'string' && flag.required === true;
      if ((input.required === true) !== cliRequired) {
        differ.push(
          `${key}: action required ${String(input.required)}, CLI ${String(cliRequired)}`,
        );
      }
    }
    expect(differ).toEqual([]);
  });

  it('keep deprecated spellings apart from every current name', () => {
    for (const flag of spec.flags) {
      for (const alias of flag.aliases ?? []) {
        expect(flags.has(alias), `alias --${alias} is also a flag`).toBe(false);
        expect(inputs.has(alias), `alias --${alias} is an input of another meaning`).toBe(false);
      }
      if (flag.type === 'boolean' && flag.legacyValue) {
        expect(flags.get(flag.legacyValue)?.type).toBe('string');
      }
    }
    const aliases = spec.flags.flatMap((f) => f.aliases ?? []);
    expect(new Set(aliases).size).toBe(aliases.length);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Defaults that differ from the actions'));
  const table = section.slice(0, section.indexOf('\n#'));

  it.each(Object.entries(DEFAULT_DIFFERS).flatMap(([c, f]) => Object.keys(f).map((k) => [c, k])))(
    'lists the differing default of pgforge %s --%s, with both defaults',
    (command, key) => {
      const flag = COMMANDS[command]?.spec.flags.find((f) => f.name === key);
      // Cells trimmed: prettier pads the columns.
      const row = table
        .split('\n')
        .map((l) => l.split('|').map((c) => c.trim()))
        .find((cells) => cells[1] === `\`${command}\`` && cells[2] === `\`--${key}\``);
      expect(row, `no row for ${command} --${key} in the README's table`).toBeDefined();
      expect(row?.[3]).toBe(`\`${String(flag?.default)}\``);
    },
  );
});
