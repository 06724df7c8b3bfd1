/**
 * CNPG's catalog documents, as CNPG publishes them: one `ClusterImageCatalog` (or namespaced
 * `ImageCatalog`) per flavour × distribution, `catalog-<flavour>-<distribution>.yaml`, named
 * `<family>-<flavour>-<distribution>`, with the `images.cnpg.io/*` labels, and a
 * `kustomization.yaml` listing them. The rules of CNPG's CRD that a catalog can break are
 * checked here too (the API server would refuse the document otherwise).
 *
 * What an extension entry cannot hold (SQL names, preload, required extensions, licences,
 * limitations: metadata.ts) is in `metadata.annotations`, one JSON value per major × entry
 * under `extensions.pgforge.io/<major>.<name>`, and said again in a comment above the entry.
 * Annotations rather than labels (free text, up to 256 KiB in all), on the catalog itself
 * rather than in a file beside it: whoever reads the catalog, `kubectl` or a tool, has them,
 * and the cosign bundle covers them. The comment is for a person reading the file; the
 * annotation is what a tool reads (comments do not survive `kubectl apply`).
 */
import { Document, isMap, isSeq, stringify } from 'yaml';
import { CatalogError } from './errors.js';
import type { CatalogExtension } from './extensions.js';
import { noteComment, noteKey, NOTE_PREFIX, type ExtensionNote } from './metadata.js';
import { MAX_CATALOG_MAJORS } from './select.js';

export const CATALOG_KINDS = ['ClusterImageCatalog', 'ImageCatalog'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export const API_VERSION = 'postgresql.cnpg.io/v1';

export interface CatalogImage {
  major: number;
  /** `<repository>:<immutable tag>@sha256:…` */
  image: string;
  extensions?: CatalogExtension[];
  /** What each entry's image says beyond the entry, by entry name (metadata.ts). */
  notes?: Record<string, ExtensionNote>;
}

export interface CatalogDocument {
  apiVersion: typeof API_VERSION;
  kind: CatalogKind;
  metadata: {
    name: string;
    namespace?: string;
    labels: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: { images: CatalogImage[] };
}

export interface CatalogIdentity {
  kind: CatalogKind;
  namespace?: string;
  family: string;
  flavour: string;
  distribution: string;
  /** `YYYYMMDD` */
  date: string;
  publisher: string;
}

// Kubernetes: a label value is at most 63 characters of [A-Za-z0-9-_.], alphanumeric at each end.
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
// An object name: a DNS subdomain, lower case.
const DNS_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/;
const EXTENSION_NAME = /^[a-z0-9]([-a-z0-9_]*[a-z0-9])?$/;
const ENV_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
// An annotation key: an optional DNS subdomain prefix and `/`, then a name of at most 63
// characters of [A-Za-z0-9-_.], alphanumeric at each end.
const KEY_NAME = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
/** Kubernetes' limit on all the annotations of an object together (keys and values). */
export const MAX_ANNOTATION_BYTES = 256 * 1024;

/** Whether `key` is a valid Kubernetes annotation key. */
export function isAnnotationKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
  return KEY_NAME.test(name);
}

/** A catalog as written: its file, and the images it names (the summary reads it too). */
export interface WrittenCatalog {
  file: string;
  name: string;
  flavour: string;
  distribution: string;
  images: CatalogImage[];
  /** The cosign bundle, when signed. */
  bundle?: string;
}

/** A label value made of any text: invalid characters become `-`, trimmed to 63. */
export function labelValue(text: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return cleaned;
}

export const catalogFileName = (flavour: string, distribution: string): string =>
  `catalog-${flavour}-${distribution}.yaml`;

export function catalogDocument(id: CatalogIdentity, images: CatalogImage[]): CatalogDocument {
  const name = `${id.family}-${id.flavour}-${id.distribution}`.toLowerCase();
  const annotations: Record<string, string> = {};
  for (const i of images) {
    for (const e of i.extensions ?? []) {
      const note = i.notes?.[e.name];
      if (note) annotations[noteKey(i.major, e.name)] = JSON.stringify(note);
    }
  }
  const doc: CatalogDocument = {
    apiVersion: API_VERSION,
    kind: id.kind,
    metadata: {
      name,
      ...(id.kind === 'ImageCatalog' && id.namespace ? { namespace: id.namespace } : {}),
      labels: {
        'images.cnpg.io/family': labelValue(id.family),
        'images.cnpg.io/type': labelValue(id.flavour),
        'images.cnpg.io/os': labelValue(id.distribution),
        'images.cnpg.io/date': id.date,
        'images.cnpg.io/publisher': labelValue(id.publisher),
      },
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
    spec: {
      images: images.map((i) => ({
        major: i.major,
        image: i.image,
        ...(i.extensions && i.extensions.length > 0 ? { extensions: i.extensions } : {}),
      })),
    },
  };
  checkCatalog(doc);
  return doc;
}

/** The CRD's rules a generated catalog could break; the first broken one, as an error. */
export function checkCatalog(doc: CatalogDocument): void {
  const fail = (reason: string): never => {
    throw new CatalogError(`catalog ${doc.metadata.name}: ${reason}`);
  };
  if (!DNS_SUBDOMAIN.test(doc.metadata.name)) {
    fail(`the name is not a DNS subdomain (lower case letters, digits, - and .)`);
  }
  for (const [key, value] of Object.entries(doc.metadata.labels)) {
    if (!LABEL_VALUE.test(value))
      fail(`label ${key}: ${JSON.stringify(value)} is not a label value`);
  }
  let bytes = 0;
  for (const [key, value] of Object.entries(doc.metadata.annotations ?? {})) {
    if (!isAnnotationKey(key)) {
      fail(
        `annotation key ${JSON.stringify(key)} is not allowed (a DNS subdomain prefix, /, and a name of at most 63 of A-Z a-z 0-9 - _ .)`,
      );
    }
    bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
  }
  if (bytes > MAX_ANNOTATION_BYTES) {
    fail(`its annotations take ${bytes} bytes; Kubernetes allows ${MAX_ANNOTATION_BYTES} in all`);
  }
  const { images } = doc.spec;
  if (images.length === 0) fail('no image: a catalog holds at least one');
  if (images.length > MAX_CATALOG_MAJORS)
    fail(`${images.length} images; CNPG takes at most ${MAX_CATALOG_MAJORS}`);
  const majors = new Set<number>();
  for (const i of images) {
    if (!Number.isInteger(i.major) || i.major < 10)
      fail(`major ${i.major} is not one of 10 or later`);
    if (majors.has(i.major)) fail(`major ${i.major} is given twice; majors are unique`);
    majors.add(i.major);
    if (!/@sha256:[0-9a-f]{64}$/.test(i.image)) fail(`${i.image} is not pinned by digest`);
    const names = new Set<string>();
    for (const e of i.extensions ?? []) {
      if (!EXTENSION_NAME.test(e.name) || e.name.length > 59)
        fail(`extension name ${JSON.stringify(e.name)} is not allowed`);
      if (names.has(e.name)) fail(`extension ${e.name} is given twice for major ${i.major}`);
      names.add(e.name);
      for (const v of e.env ?? []) {
        if (!ENV_NAME.test(v.name) || typeof v.value !== 'string' || v.value === '') {
          fail(
            `extension ${e.name}: env ${JSON.stringify(v)} is not allowed (a name of letters, digits and _, not starting with a digit, and a value)`,
          );
        }
      }
    }
  }
}

/** The note of an entry, when the catalog's annotations hold one (written by catalogDocument). */
function noteOf(doc: CatalogDocument, major: number, name: string): ExtensionNote | undefined {
  const text = doc.metadata.annotations?.[noteKey(major, name)];
  return text === undefined ? undefined : (JSON.parse(text) as ExtensionNote);
}

/**
 * The document as YAML, each extension entry with a note preceded by a comment saying what a
 * Cluster using it must do besides listing it (read back from the annotation: one source).
 */
export function catalogYaml(doc: CatalogDocument): string {
  const yaml = new Document(doc);
  const images = yaml.getIn(['spec', 'images'], true);
  if (isSeq(images)) {
    images.items.forEach((item, i) => {
      const image = doc.spec.images[i];
      const extensions = isMap(item) ? item.get('extensions', true) : undefined;
      if (!image || !isSeq(extensions)) return;
      extensions.items.forEach((node, j) => {
        const name = image.extensions?.[j]?.name;
        const note = name === undefined ? undefined : noteOf(doc, image.major, name);
        const lines = note ? noteComment(note) : [];
        if (lines.length > 0 && isMap(node)) {
          node.commentBefore = lines.map((l) => ` ${l}`).join('\n');
        }
      });
    });
  }
  return yaml.toString({ lineWidth: 0 });
}

/** Keys of the catalog's annotations that are extension notes. */
export const isNoteKey = (key: string): boolean => key.startsWith(`${NOTE_PREFIX}/`);

export function kustomizationYaml(files: string[]): string {
  return stringify(
    {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: [...files].sort(),
    },
    { lineWidth: 0 },
  );
}
