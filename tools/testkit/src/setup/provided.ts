// What the global setup (global.ts) provides; tests read it with vitest's inject().

// Brings 'vitest' into the program so the augmentation below has a module to merge into.
import type {} from 'vitest';
import type { LaneFiles, TestMultiArchBases } from './lanes.js';

export type { TestMultiArchBases } from './lanes.js';

/** A registry without auth on loopback. */
export interface TestRegistry {
  /** `127.0.0.1:<port>`: Docker pushes to it over plain HTTP without settings. */
  host: string;
}

/** A registry whose every request needs HTTP basic auth (htpasswd, bcrypt). */
export interface TestAuthRegistry extends TestRegistry {
  username: string;
  password: string;
}

/** Base images in the local Docker image store, built from the mirror. */
export interface TestBaseImages {
  /** `debian:trixie-slim` */
  trixie: string;
  /** `debian:sid-slim` */
  sid: string;
  /** Local image IDs (`sha256:…`). */
  ids: { trixie: string; sid: string };
  multiArch: TestMultiArchBases;
}

declare module 'vitest' {
  export interface ProvidedContext {
    registry: TestRegistry;
    authRegistry: TestAuthRegistry;
    /** The Debian archive URI of the machine's apt sources, without a trailing slash. */
    mirror: string;
    baseImages: TestBaseImages;
    /** Where the integration files' lanes meet (lanes.ts). */
    lanes: LaneFiles;
  }
}
