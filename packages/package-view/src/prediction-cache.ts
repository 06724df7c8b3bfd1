/**
 * Predicted images kept between runs. The prediction (predict.ts) walks each flavour's
 * dependency closure stanza by stanza: a tenth of a second and more on every warm run of the
 * matrix or of an extension image, for a result that depends only on what the key below names.
 * Kept only when every index it read is known by the digest its signed Release lists; the
 * store (a SealedStore) adds the code's version to the key, so other code never reads it.
 */
import type { ResolvedPackage } from '@pgforge/targets';
import type { ArchView, FlavourImage, PredictRequest } from './predict.js';

/** Where predictions are kept: a SealedStore, or anything with its two methods. */
export interface PredictionStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
}

// Each index by where it is (the suite names what a package came from) and by its content.
const digests = (indexes: ArchView['indexes'] | undefined): string[] | undefined => {
  const list = indexes ?? [];
  if (list.some((i) => i.digest === undefined)) return undefined;
  return list.map((i) => `${i.suite}/${i.component}/${i.architecture}=${i.digest ?? ''}`);
};

/** What a prediction is a function of; undefined when an index is not known by its digest. */
export function predictionKey(request: PredictRequest): string | undefined {
  const arches = [];
  for (const arch of request.arches) {
    const indexes = digests(arch.indexes);
    const setup = arch.setupIndexes ? digests(arch.setupIndexes) : [];
    if (!indexes || !setup) return undefined;
    arches.push({
      architecture: arch.architecture,
      indexes,
      setup,
      installed:
        arch.installed?.map((p) => `${p.package}=${p.version}:${p.architecture}`).sort() ?? null,
    });
  }
  return JSON.stringify({
    arches,
    flavours: request.config.flavours.map((f) => [f.name, f.from ?? null]),
    upgrade: request.config.packages.upgrade,
    server: request.server,
    flavourPackages: request.flavourPackages,
    setup: request.setup ?? [],
  });
}

const isPackage = (v: unknown): v is ResolvedPackage =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ResolvedPackage).name === 'string' &&
  typeof (v as ResolvedPackage).version === 'string';

/** A stored value read back as the flavours' images, or undefined when it is not one. */
export function asFlavourImages(
  value: unknown,
  flavours: readonly string[],
): Record<string, FlavourImage> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).sort().join('\0') !== [...flavours].sort().join('\0')) return undefined;
  for (const name of flavours) {
    const image = record[name] as Partial<FlavourImage> | undefined;
    if (
      !Array.isArray(image?.contents) ||
      !Array.isArray(image.installs) ||
      image.contents.length === 0 ||
      !image.contents.every(isPackage) ||
      !image.installs.every(isPackage)
    ) {
      return undefined;
    }
  }
  return record as Record<string, FlavourImage>;
}
