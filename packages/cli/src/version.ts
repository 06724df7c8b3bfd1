import rootPackage from '../../../package.json' with { type: 'json' };

/** The version of the pgforge package, whose `bin` this is. */
export const VERSION: string = rootPackage.version;
