// Types of images-validator.js, which scripts/validator.mjs generates.
import type { ErrorObject } from 'ajv';

export interface GeneratedValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: GeneratedValidate;
export default validate;
