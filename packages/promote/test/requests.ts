import { parseImageRecords } from '@pgforge/targets';
import {
  IMAGES_INPUT,
  promoteRequests,
  type ImagesInputOptions,
  type PromoteRequest,
} from '../src/images.js';

/** The `images` input as promote's front ends read it, then promote's requests of it. */
export const parseImages = (input: unknown, options?: ImagesInputOptions): PromoteRequest[] =>
  promoteRequests(parseImageRecords(input, IMAGES_INPUT), options);
