export {
  optionMessage,
  UserError,
  type UserErrorContext,
  type UserErrorOptions,
} from './user-error.js';
