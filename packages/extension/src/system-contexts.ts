/**
 * What system-library resolution needs for one distribution × architecture × major (the
 * Contents indexes, the minimal image's package set), looked up once per run and shared by
 * every image of it.
 */
import type { ContentsIndex } from '@pgforge/apt';
import type { Config } from '@pgforge/config';
import type { SystemContext } from './assemble.js';
import {
  cachedMinimalImage,
  minimalFlavourPackages,
  type MinimalCache,
  type MinimalImage,
} from './minimal.js';
import { loadContents, type AptReader, type ArchSources } from './sources.js';

/** Memoized per-run look-ups of what system-library resolution needs. */
export class SystemContexts {
  readonly #contents = new Map<string, Promise<ContentsIndex[]>>();
  readonly #minimalSets = new Map<string, Promise<MinimalImage>>();
  /** Distributions × architectures whose Contents index was a hint only (mid-sync). */
  readonly #hints = new Set<string>();

  constructor(
    readonly apt: AptReader,
    readonly config: Config,
    readonly cache: MinimalCache | undefined,
    readonly log?: (message: string) => void,
  ) {}

  async get(arch: ArchSources, major: number): Promise<SystemContext> {
    const key = `${arch.distribution}\0${arch.architecture}`;
    // Loaded on first need, once per distribution and architecture: most extensions need no
    // library the minimal image lacks, and then no Contents index is read at all.
    const contents = (): Promise<ContentsIndex[]> => {
      let loading = this.#contents.get(key);
      if (!loading) {
        loading = loadContents(this.apt, arch).then((indexes) => {
          if (indexes.some((i) => !i.verified)) this.#hints.add(key);
          return indexes;
        });
        this.#contents.set(key, loading);
        loading.catch(() => this.#contents.delete(key));
      }
      return loading;
    };
    const minimalKey = `${key}\0${major}`;
    let minimal = this.#minimalSets.get(minimalKey);
    if (!minimal) {
      minimal = cachedMinimalImage(
        arch,
        major,
        minimalFlavourPackages(this.config, major, arch.distribution),
        this.cache,
        this.config.packages.upgrade,
      ).then((m) => {
        this.log?.(
          `${arch.distribution}/${arch.architecture}: the minimal PostgreSQL ${major} image holds ${m.packages.size} packages`,
        );
        return m;
      });
      this.#minimalSets.set(minimalKey, minimal);
    }
    return { arch, contents, minimal: await minimal, apt: this.apt };
  }

  /** Whether a Contents index read for `arch` did not match its Release. */
  usedHints(arch: ArchSources): boolean {
    return this.#hints.has(`${arch.distribution}\0${arch.architecture}`);
  }
}
