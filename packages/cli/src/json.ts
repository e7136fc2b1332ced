/** A JSON syntax error with the line and column (1-based) where it was found. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly message: string;
}

export type JsonParse =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: JsonSyntaxError };

/**
 * JSON.parse, plus the line and column of a syntax error. V8 gives a position for some errors only
 * ("Unexpected token …" has none), so on failure a small scanner finds the first offending character.
 */
export function parseJson(text: string): JsonParse {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a UTF-8 BOM from Windows editors
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (e) {
    const found = locateJsonError(source);
    const v8 = (e as Error).message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    const offset = found?.offset ?? source.length;
    return { ok: false, error: { ...lineColumn(source, offset), offset, message: found?.message ?? v8 } };
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** The offset and a description of the first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const describe = (at: number) =>
    at >= text.length ? 'unexpected end of input' : `unexpected character ${JSON.stringify(text[at])}`;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (what: string) => {
    throw new Stop(i, `${describe(i)}, expected ${what}`);
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) throw new Stop(i, 'control character (such as a line break) inside a string');
      if (c === 0x5c) {
        const n = text[i + 1];
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, 'bad \\u escape in a string');
          i += 6;
          continue;
        }
        if (n === undefined || !'"\\/bfnrt'.includes(n)) throw new Stop(i, 'bad escape in a string');
        i += 2;
        continue;
      }
      i++;
    }
    throw new Stop(i, 'unterminated string');
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') expect('a value');
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 2_000) throw new Stop(i, 'nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') expect('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') expect("':' after a property name");
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') throw new Stop(i, "trailing comma before '}'");
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        expect("',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') throw new Stop(i, "trailing comma before ']'");
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        expect("',' or ']'");
      }
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      number();
      return;
    }
    expect('a value');
  };
  try {
    value(0);
    ws();
    if (i < text.length) throw new Stop(i, `${describe(i)} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, message: e.message };
    throw e;
  }
}
