import { DznParseError } from './scheduler.errors.js';

/**
 * A reader for MiniZinc data (`.dzn`) files: `name = value;` items where a value is an integer, a
 * boolean, a string, a float, a set (`{1, 3}`, `{}`, `2..5`), a one-dimensional array (`[1, 2]`), a
 * two-dimensional array (`[| 1, 2 | 3, 4 |]`) or an `arrayNd(index sets..., [values])` call.
 * Comments (`% ...`, `/* ... *\/`) and any layout of whitespace are accepted.
 */

export type DznValue =
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'string'; value: string }
  | { kind: 'set'; values: number[] }
  | { kind: 'array'; items: DznValue[] }
  /** A two-dimensional array, row by row. */
  | { kind: 'matrix'; rows: DznValue[][] };

type TokenKind = 'int' | 'float' | 'ident' | 'string' | 'symbol' | 'end';

interface Token {
  kind: TokenKind;
  text: string;
  line: number;
}

const SYMBOLS = ['[|', '|]', '..', '=', ';', '[', ']', '{', '}', '(', ')', ',', '|', ':'];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const fail = (message: string): never => {
    throw new DznParseError('DznSyntax', `line ${line}: ${message}`);
  };
  while (i < text.length) {
    const char = text[i] ?? '';
    if (char === '\n') {
      line++;
      i++;
      continue;
    }
    if (/\s/.test(char) || char === '\uFEFF') {
      i++;
      continue;
    }
    if (char === '%') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) fail('unterminated comment');
      for (let k = i; k < end; k++) if (text[k] === '\n') line++;
      i = end + 2;
      continue;
    }
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) fail('unterminated string');
      tokens.push({ kind: 'string', text: text.slice(i + 1, end), line });
      i = end + 1;
      continue;
    }
    const number = /^-?(?:0x[0-9a-fA-F]+|0o[0-7]+|0b[01]+|\d+(?:\.\d+(?:[eE][-+]?\d+)?|[eE][-+]?\d+)?)/.exec(
      text.slice(i, i + 64),
    );
    // A minus sign only belongs to the number when it cannot be a binary operator (none exist in data files).
    if (number && (char !== '-' || /[0-9]/.test(text[i + 1] ?? ''))) {
      const literal = number[0];
      const isFloat = /[.eE]/.test(literal) && !/^-?0x/.test(literal);
      tokens.push({ kind: isFloat ? 'float' : 'int', text: literal, line });
      i += literal.length;
      continue;
    }
    const identifier = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256));
    if (identifier) {
      tokens.push({ kind: 'ident', text: identifier[0], line });
      i += identifier[0].length;
      continue;
    }
    const symbol = SYMBOLS.find((candidate) => text.startsWith(candidate, i));
    if (symbol === undefined) fail(`unexpected character '${char}'`);
    else {
      tokens.push({ kind: 'symbol', text: symbol, line });
      i += symbol.length;
    }
  }
  tokens.push({ kind: 'end', text: '', line });
  return tokens;
}

function parseInteger(literal: string): number {
  const negative = literal.startsWith('-');
  const body = negative ? literal.slice(1) : literal;
  const value = /^0[xob]/.test(body) ? Number(body) : Number.parseInt(body, 10);
  return negative ? -value : value;
}

class DznReader {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return (
      this.tokens[Math.min(this.position + offset, this.tokens.length - 1)] ?? {
        kind: 'end',
        text: '',
        line: 0,
      }
    );
  }

  private next(): Token {
    const token = this.peek();
    this.position++;
    return token;
  }

  private fail(message: string, token = this.peek()): never {
    throw new DznParseError('DznSyntax', `line ${token.line}: ${message}`);
  }

  private isSymbol(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'symbol' && token.text === text;
  }

  private expect(text: string): void {
    if (!this.isSymbol(text)) this.fail(`expected '${text}', found '${this.peek().text || 'end of file'}'`);
    this.position++;
  }

  readItems(): Map<string, DznValue> {
    const items = new Map<string, DznValue>();
    while (this.peek().kind !== 'end') {
      if (this.isSymbol(';')) {
        this.position++;
        continue;
      }
      const name = this.next();
      if (name.kind !== 'ident') this.fail(`expected a name, found '${name.text}'`, name);
      this.expect('=');
      items.set(name.text, this.readValue());
      if (this.peek().kind !== 'end') this.expect(';');
    }
    return items;
  }

  private readValue(): DznValue {
    const token = this.peek();
    if (token.kind === 'int') {
      this.position++;
      const value = parseInteger(token.text);
      if (this.isSymbol('..')) {
        this.position++;
        const end = this.next();
        if (end.kind !== 'int') this.fail('expected an integer after ..', end);
        return { kind: 'set', values: range(value, parseInteger(end.text)) };
      }
      return { kind: 'int', value };
    }
    if (token.kind === 'float') {
      this.position++;
      return { kind: 'float', value: Number(token.text) };
    }
    if (token.kind === 'string') {
      this.position++;
      return { kind: 'string', value: token.text };
    }
    if (token.kind === 'ident') {
      if (token.text === 'true' || token.text === 'false') {
        this.position++;
        return { kind: 'bool', value: token.text === 'true' };
      }
      if (this.isSymbol('(', 1)) return this.readCall();
      this.fail(`unexpected name '${token.text}' in a value`);
    }
    if (this.isSymbol('{')) return this.readSet();
    if (this.isSymbol('[|')) return this.readMatrix();
    if (this.isSymbol('[')) return this.readArray();
    return this.fail(`unexpected '${token.text || 'end of file'}' in a value`);
  }

  private readSet(): DznValue {
    this.expect('{');
    const values: number[] = [];
    while (!this.isSymbol('}')) {
      const element = this.readValue();
      if (element.kind === 'int') values.push(element.value);
      else if (element.kind === 'set') values.push(...element.values);
      else this.fail('sets hold integers only');
      if (!this.isSymbol('}')) this.expect(',');
    }
    this.expect('}');
    return { kind: 'set', values: [...new Set(values)].sort((x, y) => x - y) };
  }

  private readArray(): DznValue {
    this.expect('[');
    const items: DznValue[] = [];
    while (!this.isSymbol(']')) {
      items.push(this.readValue());
      if (!this.isSymbol(']')) this.expect(',');
    }
    this.expect(']');
    return { kind: 'array', items };
  }

  /** `[| a, b | c, d |]`; tolerates a trailing comma before `|` and an empty matrix `[| |]`. */
  private readMatrix(): DznValue {
    this.expect('[|');
    const rows: DznValue[][] = [];
    let row: DznValue[] = [];
    while (!this.isSymbol('|]')) {
      if (this.isSymbol('|')) {
        this.position++;
        rows.push(row);
        row = [];
        continue;
      }
      row.push(this.readValue());
      if (this.isSymbol(',')) this.position++;
      else if (!this.isSymbol('|') && !this.isSymbol('|]'))
        this.fail("expected ',', '|' or '|]' in a 2-d array");
    }
    this.expect('|]');
    if (row.length > 0) rows.push(row);
    return { kind: 'matrix', rows };
  }

  /** `array1d(..)`, `array2d(rows, columns, [..])`, `set_of(..)`-free data calls. */
  private readCall(): DznValue {
    const name = this.next().text;
    this.expect('(');
    const args: DznValue[] = [];
    while (!this.isSymbol(')')) {
      args.push(this.readValue());
      if (!this.isSymbol(')')) this.expect(',');
    }
    this.expect(')');
    const match = /^array(\d)d$/.exec(name);
    const flat = args[args.length - 1];
    if (!match || flat?.kind !== 'array') return this.fail(`unsupported call '${name}'`);
    const dimensions = args.slice(0, -1);
    if (dimensions.length !== Number(match[1])) this.fail(`${name} needs ${match[1]} index sets`);
    if (dimensions.length !== 2) return flat;
    const columns = dimensions[1];
    const width = columns?.kind === 'set' ? columns.values.length : 0;
    const rows: DznValue[][] = [];
    for (let start = 0; width > 0 && start < flat.items.length; start += width) {
      rows.push(flat.items.slice(start, start + width));
    }
    return { kind: 'matrix', rows };
  }
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let v = from; v <= to; v++) values.push(v);
  return values;
}

/** Parses a `.dzn` text into its named values. */
export function parseDzn(text: string): Map<string, DznValue> {
  return new DznReader(tokenize(text)).readItems();
}
