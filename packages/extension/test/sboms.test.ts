import { describe, expect, it } from 'vitest';
import { extensionSboms } from '@pgforge/extension';

describe('extensionSboms', () => {
  it('writes nothing for images that were not pushed, and says why', async () => {
    const warnings: string[] = [];
    const files = await extensionSboms(
      // An image in a layout only: no registry holds it to read it from or attach to.
      {
        pushed: false,
        images: [
          {
            reference: 'registry.invalid/vector@sha256:' + '0'.repeat(64),
            digest: 'sha256:' + '0'.repeat(64),
            repository: 'registry.invalid/vector',
            tags: [],
            promote: { repository: 'registry.invalid/vector', tags: [], immutable: 0 },
            major: 18,
            distribution: 'trixie',
            sqlVersion: '0.8.0',
            extensions: ['vector'],
            platforms: [],
            env: [],
            metadata: {
              name: 'vector',
              sqlNames: [{ name: 'vector', version: '0.8.0' }],
              createExtension: true,
              sharedPreloadLibraries: [],
              requiredExtensions: [],
              requires: [],
              ldLibraryPath: [],
              binPath: [],
              env: [],
              licenses: [],
              limitations: [],
            },
            clusterExtension: { name: 'vector', image: { reference: 'registry.invalid/vector' } },
            annotations: {},
          },
        ],
      },
      { outputDir: '/nonexistent/never-written', warn: (m) => warnings.push(m) },
    );
    expect(files).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/^sbom: no SBOM written: the images were not pushed/),
    ]);
  });
});
