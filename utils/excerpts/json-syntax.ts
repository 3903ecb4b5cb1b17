// Where a JSON text goes wrong, as "line L, column C: what". JSON.parse's own messages
// differ between engines and often give no position, so an import error names the
// spot itself. Iterative (an explicit stack), so deep nesting cannot overflow it.

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Null when the text is valid JSON, otherwise where and why it is not. */
export function jsonSyntaxError(text: string): string | null {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (at: number, what: string) => `${lineAndColumn(text, at)}: ${what}`;
  const afterValue = (): Expect => (stack.length ? 'commaOrEnd' : 'end');

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) return expect === 'end' ? null : fail(i, 'the file ends too early (truncated?)');
    const c = text[i]!;
    if (expect === 'end') return fail(i, 'unexpected content after the end of the data');
    if (expect === 'colon') {
      if (c !== ':') return fail(i, `expected ":" after a property name, found ${shown(c)}`);
      i++;
      expect = 'value';
    } else if (expect === 'commaOrEnd') {
      const close = stack[stack.length - 1] === '{' ? '}' : ']';
      if (c === ',') expect = close === '}' ? 'key' : 'value';
      else if (c === close) {
        stack.pop();
        expect = afterValue();
      } else return fail(i, `expected "," or "${close}", found ${shown(c)}`);
      i++;
    } else if (expect === 'key' || expect === 'keyOrEnd') {
      if (c === '}' && expect === 'keyOrEnd') {
        stack.pop();
        i++;
        expect = afterValue();
      } else if (c === '"') {
        const end = stringEnd(text, i);
        if (typeof end === 'string') return fail(i, end);
        i = end;
        expect = 'colon';
      } else return fail(i, `expected a property name in double quotes, found ${shown(c)}`);
    } else if (c === ']' && expect === 'valueOrEnd') {
      stack.pop();
      i++;
      expect = afterValue();
    } else if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
    } else {
      const end = scalarEnd(text, i);
      if (typeof end === 'string') return fail(i, end);
      i = end;
      expect = afterValue();
    }
  }
}

function scalarEnd(text: string, at: number): number | string {
  const c = text[at]!;
  if (c === '"') return stringEnd(text, at);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, at)) return at + word.length;
  }
  NUMBER.lastIndex = at;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  return `expected a value, found ${shown(c)}`;
}

function stringEnd(text: string, at: number): number | string {
  for (let i = at + 1; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return 'text in quotes is not closed before a line break or control character';
    if (code === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return 'invalid escape sequence in text';
      i = ESCAPE.lastIndex;
    } else i++;
  }
  return 'text in quotes is not closed (truncated?)';
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

function shown(c: string): string {
  return JSON.stringify(c);
}
