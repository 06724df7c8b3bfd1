/**
 * The Kubernetes documents the kind level applies, as typed objects (CNPG's `Cluster` and
 * `Database`, kind's cluster configuration), written out as YAML. Tests validate every one
 * against CNPG's own CRD schemas.
 */
import { stringify } from 'yaml';
import type { ExtensionEntry } from '../extensions.js';

export const CNPG_API_VERSION = 'postgresql.cnpg.io/v1';
/** The database CNPG's initdb bootstrap creates, owned by a user of the same name. */
export const APP_DATABASE = 'app';

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
}

/** The part of the Cluster spec the smoke test sets. */
export interface ClusterManifest {
  apiVersion: typeof CNPG_API_VERSION;
  kind: 'Cluster';
  metadata: ObjectMeta;
  spec: {
    instances: number;
    imageName: string;
    imagePullPolicy: 'IfNotPresent' | 'Always' | 'Never';
    storage: { size: string };
    bootstrap: { initdb: { database: string; owner: string } };
    postgresql?: {
      shared_preload_libraries?: string[];
      extensions?: ExtensionEntry[];
    };
  };
}

export interface DatabaseExtension {
  name: string;
  ensure: 'present' | 'absent';
  version?: string;
}

export interface DatabaseManifest {
  apiVersion: typeof CNPG_API_VERSION;
  kind: 'Database';
  metadata: ObjectMeta;
  spec: {
    name: string;
    owner: string;
    cluster: { name: string };
    ensure: 'present';
    extensions?: DatabaseExtension[];
  };
}

const LABELS = { 'app.kubernetes.io/managed-by': 'pgforge-smoke-test' };

export interface ClusterManifestOptions {
  name: string;
  imageName: string;
  preloadLibraries: string[];
  /** Entries with their image references as the cluster's nodes reach them. */
  extensions: ExtensionEntry[];
}

export function clusterManifest(o: ClusterManifestOptions): ClusterManifest {
  const postgresql: NonNullable<ClusterManifest['spec']['postgresql']> = {};
  if (o.preloadLibraries.length > 0) postgresql.shared_preload_libraries = o.preloadLibraries;
  if (o.extensions.length > 0) postgresql.extensions = o.extensions;
  return {
    apiVersion: CNPG_API_VERSION,
    kind: 'Cluster',
    metadata: { name: o.name, labels: LABELS },
    spec: {
      instances: 1,
      imageName: o.imageName,
      imagePullPolicy: 'IfNotPresent',
      storage: { size: '1Gi' },
      bootstrap: { initdb: { database: APP_DATABASE, owner: APP_DATABASE } },
      ...(Object.keys(postgresql).length > 0 ? { postgresql } : {}),
    },
  };
}

export interface DatabaseManifestOptions {
  name: string;
  cluster: string;
  extensions: DatabaseExtension[];
}

export function databaseManifest(o: DatabaseManifestOptions): DatabaseManifest {
  return {
    apiVersion: CNPG_API_VERSION,
    kind: 'Database',
    metadata: { name: o.name, labels: LABELS },
    spec: {
      name: APP_DATABASE,
      owner: APP_DATABASE,
      cluster: { name: o.cluster },
      ensure: 'present',
      ...(o.extensions.length > 0 ? { extensions: o.extensions } : {}),
    },
  };
}

/** The local registry the kind nodes pull from (kind's documented pattern). */
export interface LocalRegistry {
  /** The registry container's name, reachable on the `kind` network. */
  name: string;
  /** Published on 127.0.0.1:<port> of the host; nodes use `localhost:<port>` through it. */
  port: number;
}

export const DEFAULT_LOCAL_REGISTRY: LocalRegistry = { name: 'kind-registry', port: 5001 };

export interface KindClusterConfig {
  kind: 'Cluster';
  apiVersion: 'kind.x-k8s.io/v1alpha4';
  featureGates: Record<string, boolean>;
  containerdConfigPatches: string[];
  nodes: { role: 'control-plane' | 'worker' }[];
}

/**
 * One control-plane node with the ImageVolume feature gate (extension images are image
 * volumes) and containerd reading registry hosts from /etc/containerd/certs.d, where the
 * local registry's hosts.toml goes. kind's node images from v0.27 read that directory already;
 * the patch keeps older ones working the same way (kind's own local-registry example does so).
 */
export function kindClusterConfig(): KindClusterConfig {
  return {
    kind: 'Cluster',
    apiVersion: 'kind.x-k8s.io/v1alpha4',
    featureGates: { ImageVolume: true },
    containerdConfigPatches: [
      '[plugins."io.containerd.grpc.v1.cri".registry]\n  config_path = "/etc/containerd/certs.d"',
    ],
    nodes: [{ role: 'control-plane' }],
  };
}

/** What a node's containerd reads for `localhost:<port>`: the registry container over http. */
export function registryHostsToml(registry: LocalRegistry): string {
  return `[host."http://${registry.name}:5000"]\n`;
}

export function toYaml(document: object): string {
  return stringify(document, { lineWidth: 0 });
}
