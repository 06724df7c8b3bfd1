/** What the flavour promises (`Expectations`): each of its extensions creates, each locale works. */
import { CheckFailure } from '../checks.js';
import { localeListed } from '../locales.js';
import { quoteIdent, quoteLiteral } from '../sql.js';
import type { ContainerSession, ContainerStep } from './session.js';

export function createsExtension(s: ContainerSession, extension: string): ContainerStep {
  return {
    name: `CREATE EXTENSION ${extension}`,
    needs: ['server'],
    run: async () => {
      const r = await s.psql([
        `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(extension)} CASCADE`,
        `SELECT extversion FROM pg_extension WHERE extname = ${quoteLiteral(extension)}`,
      ]);
      return `${extension} ${r.stdout.trim()}`;
    },
    onFailure: s.serverLog,
  };
}

export function localeWorks(s: ContainerSession, locale: string): ContainerStep {
  return {
    name: `locale ${locale}`,
    needs: ['server'],
    run: async () => {
      const listed = (await s.inContainer(['locale', '-a'])).stdout.trim().split('\n');
      if (!localeListed(listed, locale)) {
        throw new CheckFailure(
          `${locale} is not installed: locale -a lists ${listed.join(', ') || 'nothing'} (Debian's locales-all has every locale)`,
        );
      }
      await s.psql([
        `CREATE DATABASE smoke_locale LOCALE ${quoteLiteral(locale)} TEMPLATE template0`,
        'DROP DATABASE smoke_locale',
      ]);
      return `listed by locale -a; CREATE DATABASE … LOCALE '${locale}' works`;
    },
    onFailure: s.serverLog,
  };
}
