/**
 * Where a JSON text first goes wrong, as "line L, column C". Node 20's JSON.parse names the
 * position for some mistakes only ("Unexpected token 'b', "[bad" is not valid JSON" has none),
 * and no library the project carries reports it for every case, so this small scanner walks
 * the grammar (RFC 8259) and stops at the first character that cannot continue it.
 */
export interface JsonSyntaxError {
  /** What was found where, in words: `unexpected "b"`, `unexpected end`. */
  message: string;
  /** 0-based offset, and 1-based line and column of the same character. */
  position: number;
  line: number;
  column: number;
}

class Stop extends Error {
  constructor(readonly position: number) {
    super('stop');
  }
}

function scan(text: string): void {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const expect = (literal: string): void => {
    for (const ch of literal) {
      if (text[i] !== ch) throw new Stop(i);
      i++;
    }
  };
  const string = (): void => {
    i++; // the opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') throw new Stop(i);
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const esc = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(esc) && esc !== '') i += 2;
        else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else throw new Stop(i + 1);
      } else i++;
    }
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m || m[0] === '' || m[0] === '-') throw new Stop(i + (m?.[0].length ?? 0));
    i += m[0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new Stop(i);
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else throw new Stop(i);
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else throw new Stop(i);
      }
    } else if (ch === '"') string();
    else if (ch === 't') expect('true');
    else if (ch === 'f') expect('false');
    else if (ch === 'n') expect('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else throw new Stop(i);
  };
  value();
  ws();
  if (i < text.length) throw new Stop(i);
}

/** Undefined for valid JSON; else where and what the first mistake is. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.position).split('\n');
    const ch = text[e.position];
    return {
      message: ch === undefined ? 'unexpected end' : `unexpected ${JSON.stringify(ch)}`,
      position: e.position,
      line: before.length,
      column: (before[before.length - 1]?.length ?? 0) + 1,
    };
  }
}
