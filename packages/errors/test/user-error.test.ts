import { describe, expect, it } from 'vitest';
import { optionMessage, UserError, type UserErrorOptions } from '../src/index.js';

class RequestError extends UserError {
  constructor(message: string, options?: UserErrorOptions) {
    super(message, options);
    this.name = 'RequestError';
  }
}

describe('UserError', () => {
  it('carries the context it was given, and nothing it was not', () => {
    const context = {
      file: 'images.yaml',
      line: 3,
      column: 7,
      field: 'flavours.a.from',
      value: 'b',
      allowed: 'a flavour defined in the file',
    };
    const message = 'images.yaml:3: flavours.a.from: "b" is not a flavour';
    const e = new UserError(message, context);
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ name: 'UserError', message, ...context });
    const bare = new UserError('no');
    expect([bare.file, bare.line, bare.field, bare.value, bare.allowed]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(bare.cause).toBeUndefined();
  });

  it('keeps a cause', () => {
    const cause = new Error('ENOENT');
    expect(new UserError('keyring k: cannot be read', { cause, file: 'k' }).cause).toBe(cause);
  });

  it('notAllowed says field, value and what is allowed, as the class it is called on', () => {
    const e = RequestError.notAllowed(
      'images[0].reference',
      'r/pg:latest',
      'a reference by digest',
    );
    expect(e).toBeInstanceOf(RequestError);
    expect(e).toBeInstanceOf(UserError);
    expect(e.name).toBe('RequestError');
    expect(e.message).toBe(
      'images[0].reference: "r/pg:latest" is not allowed; expected a reference by digest',
    );
    expect(e).toMatchObject({
      field: 'images[0].reference',
      value: 'r/pg:latest',
      allowed: 'a reference by digest',
    });
    expect(e.file).toBeUndefined();
  });
});

describe('optionMessage', () => {
  const flag = (f: string): string => `--${f}`;
  const input = (f: string): string => `input "${f}"`;

  it('names the option of a call as the front end does', () => {
    const e = UserError.notAllowed('format', 'spdx', 'spdx-json, cyclonedx-json or both');
    expect(optionMessage(e, flag)).toBe(
      '--format: "spdx" is not allowed; expected spdx-json, cyclonedx-json or both',
    );
    expect(optionMessage(e, input)).toBe(
      'input "format": "spdx" is not allowed; expected spdx-json, cyclonedx-json or both',
    );
    const reason = new UserError('tags: no template given', { field: 'tags' });
    expect(optionMessage(reason, flag)).toBe('--tags: no template given');
  });

  it('leaves alone an error without a field, a field of a file, or a message not led by it', () => {
    expect(optionMessage(new UserError('tags: x'), flag)).toBeUndefined();
    const inFile = new UserError('postgres: 9 is not allowed', {
      field: 'postgres',
      file: 'images.yaml',
      line: 2,
    });
    expect(optionMessage(inFile, flag)).toBeUndefined();
    const worded = new UserError('cnpg-version "1.0" is not a CNPG release', {
      field: 'cnpg-version',
    });
    expect(optionMessage(worded, flag)).toBeUndefined();
  });
});
