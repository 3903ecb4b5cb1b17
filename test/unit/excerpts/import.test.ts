import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LecternDB } from '../../../utils/db/schema';
import { toJsonExport } from '../../../utils/excerpts/format';
import { importExcerpts, mergeImport, parseImport } from '../../../utils/excerpts/import';
import { restoreExcerpts } from '../../../utils/excerpts/store';
import type { Excerpt } from '../../../utils/excerpts/model';
import { excerpt, excerpts, seeded } from './generate';

const random = seeded(42);
const sample = [excerpt(random), excerpt(random), excerpt(random)];
const valid = toJsonExport(sample, Date.UTC(2026, 0, 1));
const envelope = () => JSON.parse(valid) as Record<string, unknown> & { excerpts: Record<string, unknown>[] };

/** A valid export with one excerpt field (dotted path) replaced, or removed when `value` is REMOVE. */
const REMOVE = Symbol('remove');
function withField(path: string, value: unknown): string {
  const data = envelope();
  const keys = path.split('.');
  let target: Record<string, unknown> = data.excerpts[1]!;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  if (value === REMOVE) delete target[keys.at(-1)!];
  else target[keys.at(-1)!] = value;
  return JSON.stringify(data);
}
const withEnvelope = (fields: Record<string, unknown>) => JSON.stringify({ ...envelope(), ...fields });

interface Case {
  name: string;
  text: string;
  /** A fragment the message must contain: says what is wrong and where. */
  says: string | RegExp;
}

function malformedCases(): Case[] {
  const cases: Case[] = [];
  for (let i = 1; i <= 24; i++) {
    const cut = Math.floor((valid.length * i) / 25);
    cases.push({ name: `truncated at ${cut}`, text: valid.slice(0, cut), says: /^Not valid JSON: line \d+, column \d+: / });
  }
  cases.push(
    { name: 'empty file', text: '', says: 'The file is empty.' },
    { name: 'whitespace only', text: ' \n\t ', says: 'The file is empty.' },
    { name: 'only a BOM', text: '\uFEFF', says: 'The file is empty.' },
    { name: 'trailing comma', text: '{"format":"lectern-excerpts",}', says: 'line 1, column 30: expected a property name' },
    { name: 'single quotes', text: "{'format':1}", says: 'line 1, column 2: expected a property name in double quotes' },
    { name: 'comment', text: '{"a":1} // hi', says: 'line 1, column 9: unexpected content after the end' },
    { name: 'NaN', text: '{"version": NaN}', says: 'column 13: expected a value' },
    { name: 'raw line break in text', text: '{"a":"x\ny"}', says: 'line 1, column 6: text in quotes is not closed' },
    { name: 'bad escape', text: '{"a":"\\x"}', says: 'invalid escape' },
    { name: 'error on a later line', text: '{\n  "a": 1,\n  "b": [1 2]\n}', says: 'line 3, column 11: expected "," or "]"' },
    { name: 'a number', text: '42', says: 'expected an object at the top level, got number' },
    { name: 'a string', text: '"lectern"', says: 'got string' },
    { name: 'null', text: 'null', says: 'got null' },
    { name: 'an array', text: JSON.stringify(sample), says: 'got a list' },
    { name: 'an empty array', text: '[]', says: 'got a list' },
    { name: 'foreign object', text: '{"annotations":[]}', says: '"format" is missing, expected "lectern-excerpts"' },
    { name: 'foreign format', text: withEnvelope({ format: 'hypothesis' }), says: '"format" is "hypothesis"' },
    { name: 'missing version', text: withEnvelope({ version: undefined }), says: 'version: expected a whole number from 1, got nothing' },
    { name: 'version as text', text: withEnvelope({ version: '1' }), says: 'version: expected a whole number from 1, got "1"' },
    { name: 'version 0', text: withEnvelope({ version: 0 }), says: 'got 0' },
    { name: 'fractional version', text: withEnvelope({ version: 1.5 }), says: 'got 1.5' },
    { name: 'future version', text: withEnvelope({ version: 2 }), says: 'newer Lectern (format version 2)' },
    { name: 'far future version', text: withEnvelope({ version: 37 }), says: 'format version 37' },
    { name: 'exportedAt as number', text: withEnvelope({ exportedAt: 5 }), says: 'exportedAt: expected text, got number' },
    { name: 'excerpts missing', text: withEnvelope({ excerpts: undefined }), says: 'excerpts: expected a list, got undefined' },
    { name: 'excerpts an object', text: withEnvelope({ excerpts: {} }), says: 'excerpts: expected a list, got an object' },
    { name: 'excerpt is text', text: withEnvelope({ excerpts: ['x'] }), says: 'excerpts[0]: expected an object, got string' },
    { name: 'duplicated id', text: withField('id', sample[0]!.id), says: `excerpts[1].id: ${JSON.stringify(sample[0]!.id)} is already used by excerpts[0]` },
    { name: '10 MB text', text: withField('text', '字'.repeat(10_000_000)), says: 'excerpts[1].text: longer than 100000 characters' },
    { name: '10 MB note', text: withField('note', 'n'.repeat(10_000_000)), says: 'excerpts[1].note: longer than' },
    { name: 'file over 50 MB', text: valid + ' '.repeat(50 * 1024 * 1024), says: 'larger than 50 MB' },
    { name: 'deep nesting', text: withField('note', JSON.parse('['.repeat(100) + ']'.repeat(100))), says: 'nested too deeply' },
    { name: 'empty text', text: withField('text', ''), says: 'excerpts[1].text: must not be empty' },
    { name: 'empty tag', text: withField('tags', ['ok', '']), says: 'excerpts[1].tags[1]: must not be empty' },
    { name: 'negative start', text: withField('anchor', { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: -1, end: 1 } }), says: 'excerpts[1].anchor.position.start: out of range' },
    { name: 'end before start', text: withField('anchor', { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 9, end: 1 } }), says: 'excerpts[1].anchor.position: end is before start' },
    { name: 'long prefix', text: withField('anchor', { quote: { exact: 'x', prefix: 'p'.repeat(201), suffix: '' }, position: { start: 0, end: 1 } }), says: 'excerpts[1].anchor.quote.prefix: longer than 200' },
  );
  const wrongTypes: Array<[string, unknown, string]> = [
    ['id', 5, 'expected text, got number'],
    ['text', 7, 'expected text, got number'],
    ['note', null, 'expected text, got null'],
    ['tags', 'a, b', 'expected a list, got string'],
    ['tags', [1], 'tags[0]: expected text, got number'],
    ['pageUrl', {}, 'expected text, got object'],
    ['pageTitle', [], 'expected text, got a list'],
    ['speechTitle', true, 'expected text, got boolean'],
    ['sectionPath', [3], 'sectionPath[0]: expected text, got number'],
    ['host', 1, 'expected text, got number'],
    ['createdAt', '2026-01-01', 'expected a number, got string'],
    ['createdAt', 1.5, 'expected a whole number'],
    ['updatedAt', -1, 'out of range'],
    ['anchor', 'x', 'expected an object, got string'],
  ];
  for (const [field, value, says] of wrongTypes) {
    cases.push({ name: `${field} = ${JSON.stringify(value)}`, text: withField(field, value), says: `excerpts[1].${field}${says.startsWith(field) ? says.slice(field.length) : `: ${says}`}` });
  }
  for (const field of ['id', 'text', 'note', 'tags', 'pageUrl', 'pageTitle', 'speechTitle', 'sectionPath', 'host', 'createdAt', 'updatedAt']) {
    cases.push({ name: `missing ${field}`, text: withField(field, REMOVE), says: `excerpts[1].${field}: expected` });
  }
  const injected = (where: string, key: string) => valid.replace(where, `${where}"${key}": {"polluted": true}, `);
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    cases.push({ name: `top-level ${key}`, text: injected('{\n', key), says: `${key}: the key "${key}" is not allowed` });
    cases.push({ name: `${key} in an excerpt`, text: injected('"excerpts": [\n    {', key), says: `excerpts[0].${key}: the key "${key}" is not allowed` });
  }
  cases.push({ name: '__proto__ in an anchor quote', text: valid.replace('"quote": {', '"quote": {"__proto__": {"polluted": 1}, '), says: /anchor\.quote\.__proto__: the key "__proto__" is not allowed/ });
  return cases;
}

describe('parseImport', () => {
  it('accepts a valid export, also with a BOM, and recomputes the search terms', () => {
    for (const text of [valid, '\uFEFF' + valid]) {
      const parsed = parseImport(text);
      expect(parsed).toEqual({ ok: true, excerpts: sample });
    }
  });

  it('accepts an export with no excerpts', () => {
    expect(parseImport(toJsonExport([]))).toEqual({ ok: true, excerpts: [] });
  });

  const cases = malformedCases();
  it(`has at least 50 malformed cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases.map((c) => [c.name, c]))('rejects %s with a message naming the problem', (_, c) => {
    const parsed = parseImport((c as Case).text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch((c as Case).says);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe('through the library import path, on a real database', () => {
    let db: LecternDB;
    beforeEach(async () => {
      db = new LecternDB(`test-${crypto.randomUUID()}`);
      await restoreExcerpts(db, excerpts(seeded(7), 4));
    });
    afterEach(async () => {
      await db.delete();
    });

    it('changes 0 rows for any malformed file', async () => {
      const before = await snapshot(db);
      for (const c of cases) {
        const result = await importExcerpts(db, c.text);
        expect(result.ok, c.name).toBe(false);
      }
      expect(await snapshot(db)).toEqual(before);
    });
  });
});

describe('mergeImport', () => {
  let db: LecternDB;
  beforeEach(() => {
    db = new LecternDB(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('imports into an empty profile every field exactly, and a re-import adds nothing', async () => {
    const list = excerpts(seeded(99), 20);
    const file = toJsonExport(list);
    expect(await importExcerpts(db, file)).toEqual({ ok: true, added: list.length, skipped: 0 });
    const stored = await db.excerpts.toArray();
    expect(byId(stored)).toStrictEqual(byId(list));
    expect(await importExcerpts(db, file)).toEqual({ ok: true, added: 0, skipped: list.length });
    expect(await db.excerpts.count()).toBe(list.length);
  });

  it('adds only the excerpts whose ids are new', async () => {
    const [a, b, c] = [excerpt(random), excerpt(random), excerpt(random)];
    await mergeImport(db, [a!, b!]);
    const changed = { ...b!, note: 'edited elsewhere' };
    expect(await mergeImport(db, [changed, c!])).toEqual({ added: 1, skipped: 1 });
    expect((await db.excerpts.get(b!.id))!.note).toBe(b!.note);
    expect(await db.excerpts.count()).toBe(3);
  });

  it('stores recomputed search terms, not the ones it was given', async () => {
    const e = { ...excerpt(random), text: '人民群众', note: '', tags: [], speechTitle: '', host: 'a.example', terms: ['bogus'] } as Excerpt;
    await mergeImport(db, [e]);
    expect((await db.search.where('id').equals(e.id).first())!.terms).toEqual(['人', '人民', '民', '民群', '群', '群众', '众', '#host a.example']);
  });

  it('writes nothing when a hook fails in the middle of the transaction', async () => {
    const existing = excerpts(seeded(5), 3);
    await mergeImport(db, existing);
    const before = await snapshot(db);
    const incoming = excerpts(seeded(6), 1).concat(excerpts(seeded(8), 1), excerpts(seeded(9), 1));
    const poisoned = incoming[1]!.id;
    db.excerpts.hook('creating', (_key, row) => {
      if (row.id === poisoned) throw new Error('disk full (simulated)');
    });
    await expect(mergeImport(db, incoming)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when one row has an invalid primary key', async () => {
    await mergeImport(db, excerpts(seeded(10), 2));
    const before = await snapshot(db);
    const bad = { ...excerpt(random), id: { not: 'a key' } as unknown as string };
    await expect(mergeImport(db, [excerpt(random), bad, excerpt(random)])).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

async function snapshot(db: LecternDB): Promise<Excerpt[]> {
  return byId(await db.excerpts.toArray());
}

function byId(list: Excerpt[]): Excerpt[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
}
