import type { AptClient } from '../../src/client.js';

/** packages() of a client, once what it read cold is stored for the next one (settled()). */
export async function packagesOf(
  client: AptClient,
  ...args: Parameters<AptClient['packages']>
): ReturnType<AptClient['packages']> {
  const index = await client.packages(...args);
  await client.settled();
  return index;
}
