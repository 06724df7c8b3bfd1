/** Every check of one workflow file. */
import { createContext } from './context.js';
import { checkDataFlow } from './check-dataflow.js';
import { checkInjection, checkSecretsInherit } from './check-injection.js';
import { checkPermissions } from './check-permissions.js';
import { checkPins } from './check-pins.js';
import { checkPullRequestMode } from './check-pull-request.js';
import { checkArtifactNames } from './check-artifacts.js';
import { checkRegistryToken } from './check-registry-token.js';
import { checkCosignInstalled, checkDownloads } from './check-tools.js';
import type { Finding } from './finding.js';
import type { Project } from './specs.js';
import { parseSource, YamlSyntaxError } from './yaml-tree.js';

export function checkWorkflow(file: string, text: string, project: Project): Finding[] {
  let source;
  try {
    source = parseSource(file, text);
  } catch (e) {
    if (!(e instanceof YamlSyntaxError)) throw e;
    return [{ file, line: e.line, column: 1, kind: 'syntax', message: e.message }];
  }
  const c = createContext(source, project);
  checkPermissions(c);
  checkPins(c);
  checkInjection(c);
  checkSecretsInherit(c);
  checkDataFlow(c);
  checkRegistryToken(c);
  checkCosignInstalled(c);
  checkDownloads(c);
  checkArtifactNames(c);
  checkPullRequestMode(c);
  return c.findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
