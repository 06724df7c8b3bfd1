/**
 * The container level: what CNPG needs of an operand image, checked with the docker CLI in one
 * long-lived container (one `docker exec` per check) that runs as UID 26 on a read-only root
 * file system with tmpfs for the data, sockets and /tmp, as CNPG's pods do; extension images
 * are bind-mounted read-only at /extensions/<name> with the settings CNPG derives.
 *
 * This file lists the checks in the order they run; each lives in `container/` with its group,
 * and shares what it needs through the `ContainerSession`.
 */
import { extensionImageSteps } from './container/extension-images.js';
import { extensionSettings } from './container/extension-settings.js';
import { createsExtension, localeWorks } from './container/flavour.js';
import { imageAvailable, imageConfiguration, runsAsPostgresUid } from './container/image.js';
import {
  binariesOnPath,
  containerStarts,
  majorMatchesTag,
  runsAsPlatform,
} from './container/runtime.js';
import {
  controlDataShutDown,
  initdb,
  preloadLibrariesLoaded,
  selectVersion,
  serverStarts,
  serverStops,
} from './container/server.js';
import {
  ContainerSession,
  type ContainerLevelOptions,
  type ContainerStep,
} from './container/session.js';
import { runSteps } from './steps.js';
import type { CheckResult } from './types.js';

export {
  CNPG_BINARIES,
  FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH,
  POSTGRES_UID,
  type ContainerLevelOptions,
} from './container/session.js';
export { parseServerVersion } from './server-version.js';

export async function runContainerLevel(options: ContainerLevelOptions): Promise<CheckResult[]> {
  const s = new ContainerSession(options);
  const steps: ContainerStep[] = [
    imageAvailable(s),
    imageConfiguration(s),
    runsAsPostgresUid(s),
    containerStarts(s),
    ...(s.platform ? [runsAsPlatform(s, s.platform)] : []),
    binariesOnPath(s),
    majorMatchesTag(s),
    initdb(s),
    serverStarts(s),
    selectVersion(s),
    ...(s.preloadLibraries.length > 0 ? [preloadLibrariesLoaded(s)] : []),
    ...s.expectations.extensions.map((extension) => createsExtension(s, extension)),
    ...s.expectations.locales.map((locale) => localeWorks(s, locale)),
    ...(s.extensions.length > 0
      ? [extensionSettings(s), ...s.extensions.flatMap((plan) => extensionImageSteps(s, plan))]
      : []),
    serverStops(s),
    controlDataShutDown(s),
  ];
  try {
    await runSteps(s.checks, steps);
  } finally {
    await s.removeContainer();
  }
  return s.checks.results;
}
