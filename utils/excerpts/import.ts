// Reading a JSON export back. The whole file is validated before anything is written
// (syntax with position, envelope, every field of every excerpt, sizes, duplicate ids,
// prototype-pollution keys); then one transaction adds only excerpts not yet present.

import type { LecternDB } from '../db/schema';
import { isPlainRecord, number, object, optional, string } from '../validate';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';
import { jsonSyntaxError } from './json-syntax';
import { excerptDraftSchema, type Excerpt } from './model';
import { searchRow } from './search-row';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_EXCERPTS = 200_000;
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportResult = { ok: true; excerpts: Excerpt[] } | { ok: false; error: string };

const timestamp = number({ min: 0, max: 8.64e15, integer: true });
/** The stored fields an export adds to a draft (search terms are recomputed on import, never read). */
const storedFieldsSchema = object({
  id: string({ min: 1, max: 200 }),
  host: string({ max: 300 }),
  createdAt: timestamp,
  updatedAt: timestamp,
});
const envelopeSchema = object({
  exportedAt: optional(string({ max: 100 })),
});

export function parseImport(input: string): ImportResult {
  if (tooLarge(input)) return fail(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) return fail('The file is empty.');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`Not valid JSON: ${jsonSyntaxError(text) ?? (error as Error).message}`);
  }
  const badKey = forbiddenKey(data);
  if (badKey) return fail(badKey);
  if (!isPlainRecord(data)) return fail(`Not a Lectern excerpts export: expected an object at the top level, got ${kind(data)}.`);
  if (data.format !== EXPORT_FORMAT) {
    const found = data.format === undefined ? 'missing' : JSON.stringify(data.format);
    return fail(`Not a Lectern excerpts export: "format" is ${found}, expected "${EXPORT_FORMAT}".`);
  }
  const versionProblem = checkVersion(data.version);
  if (versionProblem) return fail(versionProblem);
  const envelope = envelopeSchema(data);
  if (!envelope.ok) return fail(envelope.error);
  return readExcerpts(data.excerpts);
}

/** Adds the excerpts whose id is not stored yet, all or nothing, in one transaction. */
export async function mergeImport(db: LecternDB, excerpts: Excerpt[]): Promise<{ added: number; skipped: number }> {
  return db.transaction('rw', db.excerpts, db.search, async () => {
    const existing = new Set(await db.excerpts.where('id').anyOf(excerpts.map((e) => e.id)).primaryKeys());
    const fresh: Excerpt[] = [];
    for (const excerpt of excerpts) {
      if (existing.has(excerpt.id)) continue;
      existing.add(excerpt.id);
      fresh.push(excerpt);
    }
    await Promise.all([db.excerpts.bulkAdd(fresh), db.search.bulkPut(fresh.map(searchRow))]);
    return { added: fresh.length, skipped: excerpts.length - fresh.length };
  });
}

/** The whole import as the library page runs it: validate everything, then merge. */
export async function importExcerpts(
  db: LecternDB,
  text: string,
): Promise<{ ok: true; added: number; skipped: number } | { ok: false; error: string }> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  return { ok: true, ...(await mergeImport(db, parsed.excerpts)) };
}

function readExcerpts(list: unknown): ImportResult {
  if (!Array.isArray(list)) return fail(`excerpts: expected a list, got ${kind(list)}`);
  if (list.length > MAX_IMPORT_EXCERPTS) return fail(`excerpts: more than ${MAX_IMPORT_EXCERPTS} entries`);
  const excerpts: Excerpt[] = [];
  const firstIndexOfId = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const path = `excerpts[${i}]`;
    const draft = excerptDraftSchema(list[i], path);
    if (!draft.ok) return fail(draft.error);
    const stored = storedFieldsSchema(list[i], path);
    if (!stored.ok) return fail(stored.error);
    const { anchor } = draft.value;
    if (anchor && anchor.position.end < anchor.position.start) return fail(`${path}.anchor.position: end is before start`);
    const { id } = stored.value;
    const earlier = firstIndexOfId.get(id);
    if (earlier !== undefined) return fail(`${path}.id: ${JSON.stringify(id)} is already used by excerpts[${earlier}]`);
    firstIndexOfId.set(id, i);
    excerpts.push({ ...draft.value, ...stored.value } as Excerpt);
  }
  return { ok: true, excerpts };
}

function checkVersion(version: unknown): string | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `version: expected a whole number from 1, got ${version === undefined ? 'nothing' : JSON.stringify(version)}`;
  }
  if (version > EXPORT_VERSION) {
    return `The file was made by a newer Lectern (format version ${version}); this version reads format version ${EXPORT_VERSION}. Update Lectern to import it.`;
  }
  return null;
}

/** The path of the first `__proto__` / `constructor` / `prototype` key, or of too deep nesting. */
function forbiddenKey(data: unknown): string | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: data, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return `${path || 'value'}: nested too deeply`;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return `${at}: the key "${key}" is not allowed`;
      stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return null;
}

function tooLarge(text: string): boolean {
  if (text.length > MAX_IMPORT_BYTES) return true;
  // A UTF-16 code unit takes at most 3 bytes in UTF-8; count only when that could matter.
  if (text.length * 3 <= MAX_IMPORT_BYTES) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes > MAX_IMPORT_BYTES;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
