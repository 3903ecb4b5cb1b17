import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import chinese from '../../public/_locales/zh_CN/messages.json';

describe('UI strings', () => {
  it('exist in both zh_CN and en', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });
  it('use the same $1… placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    for (const [key, entry] of Object.entries(english)) {
      expect(placeholders((chinese as Record<string, { message: string }>)[key]!.message), key).toEqual(placeholders(entry.message));
    }
  });
});
