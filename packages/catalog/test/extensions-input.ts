import { parseImageRecords, type ImageRecord } from '@pgforge/targets';
import { EXTENSIONS_INPUT, extensionsOf, type ParsedExtension } from '../src/extensions.js';

/** The `extensions` input as the catalog's front ends read it. */
export const records = (text: string): ImageRecord[] => parseImageRecords(text, EXTENSIONS_INPUT);

/** …and the entries the catalog makes of it. */
export const parseExtensions = (text: string): ParsedExtension[] => extensionsOf(records(text));
