/** The kind cluster: its tools, the cluster with the ImageVolume gate, its nodes' registry mirror. */
import { kindClusterConfig, registryHostsToml, toYaml } from './manifests.js';
import type { KindSession, KindStep } from './session.js';

export function toolsAvailable(s: KindSession): KindStep {
  return {
    name: 'kind and kubectl available',
    opens: 'tools',
    run: async () => {
      const kind = await s.run('kind', ['version']);
      const client = await s.run('kubectl', ['version', '--client']);
      return `${kind.stdout.trim()}; ${client.stdout.trim().split('\n')[0]}`;
    },
  };
}

export function kindCluster(s: KindSession): KindStep {
  return {
    name: `kind cluster ${s.clusterName} (${s.options.nodeImage}, ImageVolume)`,
    needs: ['tools'],
    opens: 'cluster',
    run: async () => {
      // Set before trying: a cluster that failed half-way is deleted too.
      s.createdCluster = true;
      await s.run(
        'kind',
        [
          'create',
          'cluster',
          '--name',
          s.clusterName,
          '--image',
          s.options.nodeImage,
          '--config=-',
          `--wait=${s.deadline.remainingSeconds()}s`,
        ],
        toYaml(kindClusterConfig()),
      );
    },
  };
}

export function nodesPullFromRegistry(s: KindSession): KindStep {
  const { registry } = s;
  return {
    name: 'nodes pull from the local registry',
    needs: ['cluster', 'registry'],
    opens: 'pulls',
    run: async () => {
      const networks = await s.run('docker', [
        'inspect',
        '-f',
        '{{json .NetworkSettings.Networks.kind}}',
        registry.name,
      ]);
      if (networks.stdout.trim() === 'null') {
        await s.run('docker', ['network', 'connect', 'kind', registry.name]);
      }
      const nodes = (await s.run('kind', ['get', 'nodes', '--name', s.clusterName])).stdout
        .trim()
        .split('\n')
        .filter(Boolean);
      const dir = `/etc/containerd/certs.d/localhost:${registry.port}`;
      for (const node of nodes) {
        await s.run('docker', ['exec', node, 'mkdir', '-p', dir]);
        await s.run(
          'docker',
          ['exec', '-i', node, 'cp', '/dev/stdin', `${dir}/hosts.toml`],
          registryHostsToml(registry),
        );
      }
      return `${nodes.join(', ')}: localhost:${registry.port} → http://${registry.name}:5000`;
    },
  };
}
