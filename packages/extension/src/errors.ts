import { UserError, type UserErrorOptions } from '@pgforge/errors';

/**
 * What can go wrong in a person's request, each as its own class so that callers (the action,
 * the CLI, tests) can tell them apart; every message names the thing, the value and what was
 * expected. They are user errors: the edges show the message alone, without a stack.
 */
export class ExtensionError extends UserError {
  constructor(message: string, options?: UserErrorOptions) {
    super(message, options);
    this.name = 'ExtensionError';
  }
}

/**
 * Options that do not fit together, or a value out of range. The option is the error's field,
 * so that each front end names it as its own (`--tags`, `input "tags"`).
 */
export class ExtensionOptionsError extends ExtensionError {
  constructor(
    readonly option: string,
    reason: string,
  ) {
    super(`${option}: ${reason}`, { field: option });
    this.name = 'ExtensionOptionsError';
  }
}

/** The package index has no package of that name (for any platform asked for). */
export class UnknownPackageError extends ExtensionError {
  constructor(
    readonly packageName: string,
    where: string,
    hint = '',
  ) {
    super(`package ${packageName} is not in ${where}${hint ? `; ${hint}` : ''}`);
    this.name = 'UnknownPackageError';
  }
}

/** The package exists, but not for every platform asked for. */
export class PlatformMissingError extends ExtensionError {
  constructor(
    readonly packageName: string,
    readonly missing: string[],
    readonly present: string[],
    where: string,
  ) {
    super(
      `package ${packageName} is not in ${where} for ${missing.join(' and ')} ` +
        `(it is there for ${present.join(' and ')}); leave ${missing.join(' and ')} out of platforms`,
    );
    this.name = 'PlatformMissingError';
  }
}

/** A package (or tree) that holds no PostgreSQL extension for the major asked for. */
export class NotAnExtensionError extends ExtensionError {
  constructor(
    readonly source: string,
    reason: string,
  ) {
    super(`${source} is not a PostgreSQL extension for this major: ${reason}`);
    this.name = 'NotAnExtensionError';
  }
}

/** Nothing PostgreSQL can use: no control file, no module, no program. */
export class NoControlFileError extends ExtensionError {
  constructor(
    readonly source: string,
    seen: string,
  ) {
    super(
      `${source} holds nothing PostgreSQL can use: no control file (share/extension/<name>.control, ` +
        `which CREATE EXTENSION reads), no module (lib/*.so) and no program (bin/); it holds ${seen}`,
    );
    this.name = 'NoControlFileError';
  }
}

/** A control file or SQL script loads a module the image does not hold. */
export class NoModuleError extends ExtensionError {
  constructor(
    readonly module: string,
    readonly referencedBy: string,
    modules: string[],
  ) {
    super(
      `${referencedBy} loads the module "${module}", but the image has no lib/${module}.so ` +
        `(modules: ${modules.length > 0 ? modules.join(', ') : 'none'})`,
    );
    this.name = 'NoModuleError';
  }
}

/** A path, or a symlink's target, that would leave the image's root. */
export class PathEscapeError extends ExtensionError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path} ${reason}; every path of an extension image stays inside it`);
    this.name = 'PathEscapeError';
  }
}

/** A module built for another machine than the platform's. */
export class ModuleArchitectureError extends ExtensionError {
  constructor(path: string, machine: string, platform: string, expected: string) {
    super(`${path} is an ELF for ${machine}, but the image is for ${platform} (${expected})`);
    this.name = 'ModuleArchitectureError';
  }
}

/** A shared library a module needs that the minimal image lacks and no package ships. */
export class SystemLibraryError extends ExtensionError {
  constructor(soname: string, neededBy: string, reason: string) {
    super(`${neededBy} needs ${soname}: ${reason}`);
    this.name = 'SystemLibraryError';
  }
}

/** The `directory` input cannot be read as an install tree or an image layout. */
export class DirectoryError extends ExtensionError {
  constructor(
    readonly directory: string,
    reason: string,
  ) {
    super(`directory ${directory}: ${reason}`);
    this.name = 'DirectoryError';
  }
}
