import type { ConfigOverrides } from '@pgforge/config';
import { list } from './args.js';

/**
 * The flags that override images.yaml, as the matrix action's inputs of the same names do, in
 * the order the usage text lists them. Commands differ only in what they say of `--flavours`.
 */
export function overrideFlags(flavoursDescription: string) {
  return [
    {
      name: 'postgres',
      type: 'string',
      value: 'LIST',
      description: 'override postgres (17,18 | 17.6 | 19~beta3 | supported)',
    },
    {
      name: 'distributions',
      type: 'string',
      value: 'LIST',
      description: 'override distributions',
    },
    { name: 'flavours', type: 'string', value: 'LIST', description: flavoursDescription },
    { name: 'platforms', type: 'string', value: 'LIST', description: 'override platforms' },
    { name: 'registry', type: 'string', value: 'REGISTRY', description: 'override registry' },
  ] as const;
}

type OverrideValues = Partial<
  Record<'postgres' | 'distributions' | 'flavours' | 'platforms', string>
> & { registry?: string | undefined };

/** Those flags' values as the configuration loader takes them. */
export function configOverrides(values: OverrideValues): ConfigOverrides {
  return {
    postgres: list(values.postgres),
    distributions: list(values.distributions),
    flavours: list(values.flavours),
    platforms: list(values.platforms),
    registry: values.registry,
  };
}
