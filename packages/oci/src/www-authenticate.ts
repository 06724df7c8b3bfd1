/**
 * WWW-Authenticate (RFC 7235). Written by hand: the header is a dozen lines of grammar, and
 * what registries need from it (quoted values holding commas, such as
 * `scope="repository:a/b:pull,push"`, and several challenges in one header) is exactly what naive
 * comma-splitting gets wrong.
 */

export interface Challenge {
  /** Lowercased: `basic`, `bearer`. */
  scheme: string;
  /** Parameter names lowercased; values unquoted. */
  params: Record<string, string>;
}

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

/** Every challenge in the header, in order; garbage is skipped rather than thrown on. */
export function parseWwwAuthenticate(header: string | null | undefined): Challenge[] {
  if (!header) return [];
  const challenges: Challenge[] = [];
  let current: Challenge | undefined;
  let i = 0;
  const n = header.length;

  const skip = (re: RegExp) => {
    while (i < n && re.test(header.charAt(i))) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < n && TCHAR.test(header.charAt(i))) i++;
    return header.slice(start, i);
  };
  const quoted = (): string => {
    // At the opening quote; backslash escapes the next character (quoted-pair).
    i++;
    let value = '';
    while (i < n) {
      const c = header.charAt(i);
      if (c === '\\' && i + 1 < n) {
        value += header.charAt(i + 1);
        i += 2;
      } else if (c === '"') {
        i++;
        break;
      } else {
        value += c;
        i++;
      }
    }
    return value;
  };

  while (i < n) {
    skip(/[\s,]/);
    if (i >= n) break;
    const name = token();
    if (name === '') {
      i++; // not a token character: skip it
      continue;
    }
    skip(/[ \t]/);
    if (current && header.charAt(i) === '=' && header.charAt(i + 1) !== '=') {
      i++;
      skip(/[ \t]/);
      const value = header.charAt(i) === '"' ? quoted() : token();
      current.params[name.toLowerCase()] = value;
      continue;
    }
    if (current && header.charAt(i) === '=') {
      // token68 (`Negotiate abc==`): kept whole, registries do not use it.
      while (i < n && header.charAt(i) === '=') i++;
      current.params.token68 = header.slice(header.lastIndexOf(name, i), i);
      continue;
    }
    current = { scheme: name.toLowerCase(), params: {} };
    challenges.push(current);
  }
  return challenges;
}
