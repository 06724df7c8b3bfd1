export {
  PLATFORMS,
  UnknownPlatformError,
  byDebianArchitecture,
  byElfMachine,
  byNodeArch,
  byPlatform,
  findByDebianArchitecture,
  findByElfMachine,
  findByNodeArch,
  findByPlatform,
  hostPlatform,
  knownNames,
  normalisePlatform,
} from './platforms.js';
export type { NormalisedPlatform, PlatformColumn, PlatformLike, PlatformRow } from './platforms.js';
