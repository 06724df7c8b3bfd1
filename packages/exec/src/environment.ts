/**
 * The environment a child process gets. A GitHub Action receives its inputs as `INPUT_*`
 * variables, among them a cosign key, its password and registry tokens; no tool this project
 * runs reads them, so no child inherits them (a tool that logs or forwards its environment, a
 * credential helper, a build, would otherwise carry them further).
 */
export function childEnvironment(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!/^INPUT_/i.test(name)) out[name] = value;
  }
  return out;
}
