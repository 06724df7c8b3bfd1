/** How the kind nodes reach an image: through the local registry they pull from. */
import { formatReference, parseReference } from '@pgforge/oci';
import type { LocalRegistry } from './manifests.js';

/** How the nodes reach an image: as it is when it is in the local registry, else a copy there. */
export interface ImageCopy {
  source: string;
  local: string;
  copy: boolean;
}

export function localImage(reference: string, registry: LocalRegistry): ImageCopy {
  const ref = parseReference(reference);
  const host = `localhost:${registry.port}`;
  const local = [host, `127.0.0.1:${registry.port}`].includes(ref.registry);
  const tag = ref.tag ?? (ref.digest ? ref.digest.replace(':', '-').slice(0, 19) : 'latest');
  return {
    source: reference,
    local: local
      ? formatReference({ ...ref, registry: host })
      : formatReference({ registry: host, repository: ref.repository, tag }),
    copy: !local,
  };
}
