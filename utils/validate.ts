// Tiny runtime schemas for data that crosses a trust boundary: runtime messages,
// imported files. Each schema returns the value it accepts (a fresh object holding
// only the declared keys, so `__proto__` and unknown keys never ride along) or
// the path and reason of the first problem.

export type Check<T> = { ok: true; value: T } | { ok: false; error: string };
export type Schema<T> = (input: unknown, path?: string) => Check<T>;
export type Infer<S> = S extends Schema<infer T> ? T : never;

const fail = (path: string, reason: string): { ok: false; error: string } => ({
  ok: false,
  error: `${path || 'value'}: ${reason}`,
});

export function string(options: { min?: number; max?: number } = {}): Schema<string> {
  const { min = 0, max = 1_000_000 } = options;
  return (input, path = '') => {
    if (typeof input !== 'string') return fail(path, `expected text, got ${describe(input)}`);
    if (input.length < min) return fail(path, min === 1 ? 'must not be empty' : `shorter than ${min} characters`);
    if (input.length > max) return fail(path, `longer than ${max} characters`);
    return { ok: true, value: input };
  };
}

export function number(options: { min?: number; max?: number; integer?: boolean } = {}): Schema<number> {
  const { min = -Infinity, max = Infinity, integer = false } = options;
  return (input, path = '') => {
    if (typeof input !== 'number' || !Number.isFinite(input)) return fail(path, `expected a number, got ${describe(input)}`);
    if (integer && !Number.isInteger(input)) return fail(path, 'expected a whole number');
    if (input < min || input > max) return fail(path, `out of range ${min}…${max}`);
    return { ok: true, value: input };
  };
}

export const boolean: Schema<boolean> = (input, path = '') =>
  typeof input === 'boolean' ? { ok: true, value: input } : fail(path, `expected true/false, got ${describe(input)}`);

export function literal<T extends string | number | boolean>(expected: T): Schema<T> {
  return (input, path = '') =>
    input === expected ? { ok: true, value: expected } : fail(path, `expected ${JSON.stringify(expected)}`);
}

export function oneOf<T extends string>(values: readonly T[]): Schema<T> {
  return (input, path = '') =>
    typeof input === 'string' && (values as readonly string[]).includes(input)
      ? { ok: true, value: input as T }
      : fail(path, `expected one of ${values.join(', ')}`);
}

export function array<T>(item: Schema<T>, options: { max?: number } = {}): Schema<T[]> {
  const { max = 100_000 } = options;
  return (input, path = '') => {
    if (!Array.isArray(input)) return fail(path, `expected a list, got ${describe(input)}`);
    if (input.length > max) return fail(path, `more than ${max} entries`);
    const out: T[] = [];
    for (let i = 0; i < input.length; i++) {
      const checked = item(input[i], `${path}[${i}]`);
      if (!checked.ok) return checked;
      out.push(checked.value);
    }
    return { ok: true, value: out };
  };
}

export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return (input, path) => (input === undefined ? { ok: true, value: undefined } : schema(input, path));
}

export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return (input, path) => (input === null ? { ok: true, value: null } : schema(input, path));
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type FromShape<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Infer<S[K]>;
};

export function object<S extends Shape>(shape: S): Schema<FromShape<S>> {
  return (input, path = '') => {
    if (!isPlainRecord(input)) return fail(path, `expected an object, got ${describe(input)}`);
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(shape)) {
      const value = Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
      const checked = shape[key]!(value, path ? `${path}.${key}` : key);
      if (!checked.ok) return checked;
      if (checked.value !== undefined) out[key] = checked.value;
    }
    // A plain prototype again, so the result behaves like any object (spread, JSON).
    return { ok: true, value: Object.assign({}, out) as FromShape<S> };
  };
}

export function isPlainRecord(input: unknown): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const proto = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return typeof input;
}
