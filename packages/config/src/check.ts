import { InvalidReferenceError, parseReference } from '@pgforge/oci';
import { showValue } from './errors.js';
import {
  placeholdersOf,
  renderTemplate,
  TAG_MAX_LENGTH,
  TAG_PLACEHOLDERS,
  unknownPlaceholders,
} from './template.js';
import type { Config } from './types.js';

/** A problem found after the schema passed: a relation between fields the schema cannot see. */
export interface SemanticProblem {
  path: (string | number)[];
  field?: string;
  /** Set when the value came from an override input rather than the file. */
  input?: string;
  value: unknown;
  message: string;
}

function longestOf(names: readonly string[]): string {
  return names.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The longest a {version} can render: `19beta10`, `17.10`. */
const MAX_VERSION_LENGTH = 10;

export function checkSemantics(
  config: Config,
  raw: Record<string, unknown>,
  flavourSelection?: string[],
  /** The distributions the file configures, before an input narrows them. */
  fileDistributions: readonly string[] = config.distributions,
): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const names = config.flavours.map((f) => f.name);
  const inCycle = new Set<string>();

  for (const f of config.flavours) {
    if (f.from === undefined) continue;
    const path = ['flavours', f.name, 'from'];
    if (!names.includes(f.from)) {
      problems.push({
        path,
        value: f.from,
        message: `${showValue(f.from)} is not a flavour; defined: ${names.join(', ')}`,
      });
      continue;
    }
    // Walk the `from` chain: coming back to where it started is a cycle.
    const seen = [f.name];
    for (
      let cur = config.flavours.find((x) => x.name === f.from);
      cur;
      cur = config.flavours.find((x) => x.name === cur?.from)
    ) {
      if (seen.includes(cur.name)) {
        if (cur.name === f.name && !inCycle.has(f.name)) {
          for (const member of seen) inCycle.add(member);
          problems.push({
            path,
            value: f.from,
            message: `${showValue(f.from)} makes a cycle: ${[...seen, cur.name].join(' → ')}; every chain of from must end at a flavour without from`,
          });
        }
        break;
      }
      seen.push(cur.name);
    }
  }
  // A rule for a distribution nothing builds never applies: most likely a typo (bookwrom).
  const configured = [...new Set([...fileDistributions, ...config.distributions])];
  for (const f of config.flavours) {
    f.packages.forEach((p, i) => {
      (p.distributions ?? []).forEach((d, j) => {
        if (configured.includes(d)) return;
        problems.push({
          path: ['flavours', f.name, 'packages', i, 'distributions', j],
          value: d,
          message: `${showValue(d)} is not a configured distribution, so the rule installs ${showValue(p.name)} nowhere; configured: ${configured.join(', ')}`,
        });
      });
    });
  }
  for (const f of config.flavours) {
    f.packages.forEach((p, i) => {
      if (p.minMajor !== undefined && p.maxMajor !== undefined && p.minMajor > p.maxMajor) {
        problems.push({
          path: ['flavours', f.name, 'packages', i, 'min-major'],
          value: p.minMajor,
          message: `min-major ${p.minMajor} is above max-major ${p.maxMajor}, so the package would never be installed; expected min-major at most max-major`,
        });
      }
    });
  }

  for (const [i, sel] of (flavourSelection ?? []).entries()) {
    if (!names.includes(sel)) {
      problems.push({
        path: [],
        input: 'flavours',
        field: `flavours[${i}]`,
        value: sel,
        message: `${showValue(sel)} is not a flavour; defined: ${names.join(', ')}`,
      });
    }
  }

  if (config.postgres !== 'supported') {
    const seenMajors = new Map<number, number>();
    config.postgres.forEach((spec, i) => {
      const earlier = seenMajors.get(spec.major);
      if (earlier !== undefined) {
        const rawList = raw.postgres as unknown[];
        problems.push({
          path: ['postgres', i],
          value: rawList[i],
          message: `${showValue(rawList[i])} names major ${spec.major} again (postgres[${earlier}] is ${showValue(rawList[earlier])}): one version per major, or the targets would collide`,
        });
      } else seenMajors.set(spec.major, i);
    });
  }

  problems.push(...checkBaseImage(config));

  const templates: [(string | number)[], string][] = [
    [['tags', 'immutable'], config.tags.immutable],
    ...config.tags.aliases.map((t, i): [(string | number)[], string] => [
      ['tags', 'aliases', i],
      t,
    ]),
  ];
  const selected = flavourSelection?.filter((s) => names.includes(s)) ?? names;
  const majors = config.postgres === 'supported' ? 2 : config.postgres.length;
  for (const [path, t] of templates) {
    const unknown = unknownPlaceholders(t, TAG_PLACEHOLDERS);
    if (unknown.length > 0) {
      problems.push({
        path,
        value: t,
        message: `${showValue(t)} has an unknown placeholder {${unknown[0]}}; allowed: ${TAG_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`,
      });
      continue;
    }
    if (t.toLowerCase() === 'latest') {
      problems.push({
        path,
        value: t,
        message: `"latest" is never written: every tag names a version, a flavour and a distribution`,
      });
      continue;
    }
    const has = new Set(placeholdersOf(t));
    if (path[1] === 'immutable' && !has.has('timestamp')) {
      problems.push({
        path,
        value: t,
        message: `${showValue(t)} has no {timestamp}; the immutable tag must hold it, to differ between builds`,
      });
      continue;
    }
    // One problem per template, naming everything it fails to tell apart.
    const collisions = (
      [
        ['flavour', selected.length, ['flavour']],
        ['distribution', config.distributions.length, ['distribution']],
        ['PostgreSQL major', majors, ['major', 'version']],
      ] as const
    ).filter(([, count, needs]) => count > 1 && !needs.some((n) => has.has(n)));
    if (collisions.length > 0) {
      problems.push({
        path,
        value: t,
        message: `${showValue(t)} gives the same tag to every ${collisions.map(([what]) => what).join(' and every ')}; add ${collisions.map(([, , needs]) => needs.map((n) => `{${n}}`).join(' or ')).join(' and ')}`,
      });
      continue;
    }
    // The longest tag this template can render with these flavours and distributions.
    const longest: Record<string, number> = {
      version: MAX_VERSION_LENGTH,
      major: 2,
      timestamp: 12,
      flavour: Math.max(...selected.map((s) => s.length), 0),
      distribution: Math.max(...config.distributions.map((d) => d.length)),
    };
    const length = t.replace(/\{([a-z]+)\}/g, (_, p: string) => 'x'.repeat(longest[p] ?? 0)).length;
    if (length > TAG_MAX_LENGTH) {
      const widest = (
        [
          ['flavour', selected],
          ['distribution', config.distributions],
        ] as const
      )
        .filter(([p]) => has.has(p))
        .map(([p, names]) => `{${p}} ${showValue(longestOf(names))}`)
        .join(', ');
      problems.push({
        path,
        value: t,
        message: `${showValue(t)} renders tags of up to ${length} characters${widest ? ` (with ${widest})` : ''}; a tag has at most ${TAG_MAX_LENGTH}`,
      });
    }
  }
  return problems;
}

/**
 * `base.image`: known placeholders, a valid image reference for every distribution, and one
 * base per distribution: the image's own apt sources decide what it installs, so a single base
 * for several distributions would put one distribution's packages on every image.
 */
function checkBaseImage(config: Config): SemanticProblem[] {
  const path = ['base', 'image'];
  const image = config.base.image;
  const unknown = unknownPlaceholders(image, ['distribution']);
  if (unknown.length > 0) {
    return [
      {
        path,
        value: image,
        message: `${showValue(image)} has an unknown placeholder {${unknown[0]}}; allowed: {distribution}`,
      },
    ];
  }
  for (const distribution of config.distributions) {
    try {
      parseReference(renderTemplate(image, { distribution }));
    } catch (error) {
      if (!(error instanceof InvalidReferenceError)) throw error;
      return [
        {
          path,
          value: image,
          message: `${showValue(image)} is not an image reference${image.includes('{distribution}') ? ` for ${distribution}` : ''}: ${error.rule}; e.g. debian:{distribution}-slim`,
        },
      ];
    }
  }
  if (config.distributions.length > 1 && !placeholdersOf(image).includes('distribution')) {
    return [
      {
        path,
        value: image,
        message: `${showValue(image)} is one base for ${config.distributions.join(', ')}: each image would hold what that one base's apt sources install, whatever its distribution says; write {distribution} in it (debian:{distribution}-slim), or configure one distribution`,
      },
    ];
  }
  return [];
}
