import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseImageRecords, type ImageRecord, type RecordsOrigin } from '@pgforge/targets';
import { InputMistake, mistake, thrown } from './mistake.js';

const D = `sha256:${'ab'.repeat(32)}`;
const E = `sha256:${'cd'.repeat(32)}`;
const REPO = 'ghcr.io/example/postgresql';

const ORIGIN: RecordsOrigin = {
  input: 'images',
  expected: 'the images output',
  error: mistake,
};

/** A record as the build action writes it. */
const built = {
  target: '17-minimal-trixie',
  repository: `${REPO}-testing`,
  digest: D,
  reference: `${REPO}-testing@${D}`,
  tags: [`${REPO}-testing:17.6-202611211315-minimal-trixie`],
  promote: {
    repository: REPO,
    tags: [`${REPO}:17.6-202611211315-minimal-trixie`, `${REPO}:17-minimal-trixie`],
    immutable: 1,
  },
  platforms: [],
  pushed: true,
};

const vector = {
  name: 'vector',
  image: { reference: `${REPO}-testing@${D}` },
  ld_library_path: ['system'],
  env: [{ name: 'GDAL_DATA', value: '${image_root}/share/gdal' }],
};

describe('parseImageRecords', () => {
  it.each<[string, unknown, RecordsOrigin, ImageRecord[]]>([
    [
      "the build action's record, its own fields only",
      JSON.stringify([built]),
      ORIGIN,
      [
        {
          reference: built.reference,
          digest: D,
          tags: built.tags,
          promote: built.promote,
          target: built.target,
        },
      ],
    ],
    [
      'what `pgforge build` prints, `{ images, failed }`, already parsed',
      { images: [built], failed: [] },
      ORIGIN,
      [expect.objectContaining({ reference: built.reference }) as ImageRecord],
    ],
    [
      "an extension image's record, its entry included",
      [
        {
          reference: `${REPO}-testing@${D}`,
          major: 18,
          distribution: 'trixie',
          promote: { repository: REPO, tags: [] },
          clusterExtension: vector,
        },
      ],
      ORIGIN,
      [
        {
          reference: `${REPO}-testing@${D}`,
          digest: D,
          major: 18,
          distribution: 'trixie',
          promote: { repository: REPO, tags: [], immutable: 0 },
          clusterExtension: vector,
        },
      ],
    ],
    [
      'no `promote.immutable`: the first tag is immutable',
      [{ reference: built.reference, promote: { repository: REPO, tags: ['a', 'b'] } }],
      ORIGIN,
      [
        {
          reference: built.reference,
          digest: D,
          promote: { repository: REPO, tags: ['a', 'b'], immutable: 1 },
        },
      ],
    ],
    [
      'a reference alone, where the input takes one',
      [`${REPO}@${E}`],
      { ...ORIGIN, shorthands: ['reference'] },
      [{ reference: `${REPO}@${E}`, digest: E }],
    ],
    [
      "a Cluster's entry, as YAML, where the input takes them",
      `- name: vector\n  image: { reference: "${REPO}-testing@${D}" }\n  ld_library_path: [system]\n`,
      { ...ORIGIN, shorthands: ['cluster-entry'], parse },
      [
        {
          reference: `${REPO}-testing@${D}`,
          digest: D,
          clusterExtension: {
            name: 'vector',
            image: { reference: `${REPO}-testing@${D}` },
            ld_library_path: ['system'],
          },
        },
      ],
    ],
  ])('reads %s', (_name, input, origin, expected) => {
    expect(parseImageRecords(input, origin)).toEqual(expected);
  });

  const entry = (over: Record<string, unknown>): string => JSON.stringify([{ ...built, ...over }]);
  const plan = (over: Record<string, unknown>): string =>
    entry({ promote: { ...built.promote, ...over } });
  const cluster = (over: Record<string, unknown>): string =>
    entry({ clusterExtension: { ...vector, ...over } });

  it.each<[string, string, RecordsOrigin, string | RegExp]>([
    [
      'text that is not JSON',
      '{',
      ORIGIN,
      /^images: "\{" is not allowed; expected the images output \(.*JSON.*\)$/,
    ],
    [
      'an object',
      '{"a":1}',
      ORIGIN,
      'images: "{\\"a\\":1}" is not allowed; expected the images output',
    ],
    [
      'an entry that is no object',
      '[1]',
      ORIGIN,
      'images[0]: "1" is not allowed; expected the images output',
    ],
    [
      'a reference alone, where the input takes none',
      JSON.stringify([`${REPO}@${D}`]),
      ORIGIN,
      `images[0]: ${JSON.stringify(JSON.stringify(`${REPO}@${D}`))} is not allowed; expected the images output`,
    ],
    [
      'no reference',
      JSON.stringify([{ tags: [] }]),
      ORIGIN,
      'images[0].reference: "undefined" is not allowed; expected <repository>@sha256:…',
    ],
    [
      'a reference that does not parse',
      entry({ reference: 'ghcr.io/Example/x@sha256:ab' }),
      ORIGIN,
      /^images\[0\]\.reference: "ghcr\.io\/Example\/x@sha256:ab" is not allowed; expected <repository>@sha256:… \(.+\)$/,
    ],
    [
      'a reference by tag',
      entry({ reference: `${REPO}-testing:17` }),
      ORIGIN,
      /^images\[0\]\.reference: ".*-testing:17" is not allowed; expected a reference by digest, <repository>@sha256:…/,
    ],
    [
      'a digest other than the reference’s',
      entry({ digest: E }),
      ORIGIN,
      `images[0].digest: ${JSON.stringify(JSON.stringify(E))} is not allowed; expected ${D}, the digest of reference`,
    ],
    [
      'tags that are not a list of references',
      entry({ tags: 'latest' }),
      ORIGIN,
      'images[0].tags: "\\"latest\\"" is not allowed; expected an array of tag references',
    ],
    [
      'an empty tag',
      entry({ tags: [''] }),
      ORIGIN,
      'images[0].tags: "[\\"\\"]" is not allowed; expected an array of tag references',
    ],
    [
      'no production repository',
      plan({ repository: undefined }),
      ORIGIN,
      'images[0].promote.repository: "undefined" is not allowed; expected the production repository',
    ],
    [
      'a production repository that does not parse',
      plan({ repository: 'ghcr.io/Example' }),
      ORIGIN,
      /^images\[0\]\.promote\.repository: "ghcr\.io\/Example" is not allowed; expected the production repository \(.+\)$/,
    ],
    [
      'production tags that are not a list',
      plan({ tags: {} }),
      ORIGIN,
      'images[0].promote.tags: "{}" is not allowed; expected an array of tag references',
    ],
    [
      'more immutable tags than tags',
      plan({ immutable: 3 }),
      ORIGIN,
      'images[0].promote.immutable: "3" is not allowed; expected how many of the tags are immutable: a whole number from 0 to 2',
    ],
    [
      'an immutable count that is no whole number',
      plan({ immutable: 0.5 }),
      ORIGIN,
      /^images\[0\]\.promote\.immutable: "0\.5" is not allowed; expected how many/,
    ],
    [
      'a target that is no id',
      entry({ target: 17 }),
      ORIGIN,
      'images[0].target: "17" is not allowed; expected a target id',
    ],
    [
      'a name that is no name',
      entry({ name: ['vector'] }),
      ORIGIN,
      'images[0].name: "[\\"vector\\"]" is not allowed; expected an extension name',
    ],
    [
      'a major that is no major',
      entry({ major: '18' }),
      ORIGIN,
      'images[0].major: "\\"18\\"" is not allowed; expected a PostgreSQL major',
    ],
    [
      'a distribution that is no codename',
      entry({ distribution: 13 }),
      ORIGIN,
      'images[0].distribution: "13" is not allowed; expected a distribution codename',
    ],
    [
      "an extension entry without its image's reference",
      cluster({ image: {} }),
      ORIGIN,
      /^images\[0\]: ".*" is not allowed; expected the images output$/,
    ],
    [
      'an extension entry whose paths are not a list',
      cluster({ ld_library_path: 'system' }),
      ORIGIN,
      'images[0].ld_library_path: "\\"system\\"" is not allowed; expected a list of directories inside the image, e.g. [system]',
    ],
    [
      'an extension entry whose env is not a list',
      cluster({ env: { A: 'b' } }),
      ORIGIN,
      /^images\[0\]\.env: .* is not allowed; expected a list of \{name, value\}/,
    ],
    [
      'an extension entry whose env names a variable no shell could',
      cluster({ env: [{ name: '1A', value: 'b' }] }),
      ORIGIN,
      /^images\[0\]\.env\[0\]: .*1A.* is not allowed; expected a list of \{name, value\}/,
    ],
    [
      "a Cluster's entry naming its image by tag",
      '[{"name": "vector", "image": {"reference": "ghcr.io/x/v:1"}}]',
      { ...ORIGIN, shorthands: ['cluster-entry'] },
      /^images\[0\]\.image\.reference: "ghcr\.io\/x\/v:1" is not allowed; expected a reference by digest/,
    ],
    [
      'text the input’s own reader refuses',
      '- [',
      { ...ORIGIN, parse },
      /^images: "- \[" is not allowed; expected the images output \(Flow sequence .+\)$/s,
    ],
  ])(
    'refuses %s, naming the field, the value and what is allowed',
    (_name, input, origin, message) => {
      const error = thrown(() => parseImageRecords(input, origin));
      expect(error).toBeInstanceOf(InputMistake);
      if (typeof message === 'string') expect(error.message).toBe(message);
      else expect(error.message).toMatch(message);
    },
  );
});
