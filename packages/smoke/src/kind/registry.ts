/** The local registry the nodes pull from, and the images copied into it. */
import type { KindSession, KindStep } from './session.js';

/** The distribution registry the nodes pull through, pinned by digest (its 2.8.3 index). */
export const REGISTRY_IMAGE =
  'registry:2.8.3@sha256:a3d8aaa63ed8681a604f1dea0aa03f100d5895b6a58ace528858a7b332415373';

export function localRegistry(s: KindSession): KindStep {
  const { registry } = s;
  return {
    name: `local registry ${registry.name} on localhost:${registry.port}`,
    needs: ['tools'],
    opens: 'registry',
    run: async () => {
      const state = await s.runner.run(
        'docker',
        ['inspect', '-f', '{{.State.Running}}', registry.name],
        {
          timeoutMs: s.deadline.remainingMs(),
        },
      );
      if (state.code === 0 && state.stdout.trim() === 'true') return 'already running';
      await s.run('docker', [
        'run',
        '--detach',
        '--restart=always',
        '--publish',
        `127.0.0.1:${registry.port}:5000`,
        '--network',
        'bridge',
        '--name',
        registry.name,
        REGISTRY_IMAGE,
      ]);
      s.startedRegistry = true;
      return 'started';
    },
  };
}

export function imagesInRegistry(s: KindSession): KindStep {
  return {
    name: 'images in the local registry',
    needs: ['registry'],
    opens: 'images',
    run: async () => {
      // Registry to registry, every platform, with the runner's credentials: the nodes then
      // need none (a private ghcr.io image would need a pull secret otherwise).
      for (const image of s.images.filter((i) => i.copy)) {
        await s.run('docker', [
          'buildx',
          'imagetools',
          'create',
          '--tag',
          image.local,
          image.source,
        ]);
      }
      return s.images.map((i) => `${i.local}${i.copy ? ' (copied)' : ''}`).join(', ');
    },
  };
}
