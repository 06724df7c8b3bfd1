/**
 * The one place a front end's cache directory becomes the store predicted images are kept in
 * (prediction-cache.ts): `<cacheDir>/predictions`, sealed, under the running code's version.
 */
import { join } from 'node:path';
import { codeVersion, SealedStore } from '@pgforge/apt';
import type { PredictionStore } from './prediction-cache.js';

export async function predictionStore(cacheDir: string): Promise<PredictionStore> {
  return new SealedStore(join(cacheDir, 'predictions'), 'prediction', await codeVersion());
}
