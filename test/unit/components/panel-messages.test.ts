import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import chinese from '../../../public/_locales/zh_CN/messages.json';

type Catalogue = Record<string, { message: string }>;
const panelKeys = (catalogue: Catalogue) => Object.keys(catalogue).filter((key) => /^(panel|outline|syllabus)[A-Z0-9]/.test(key)).sort();
const placeholders = (message: string) => [...message.matchAll(/\$(\d)/g)].map((match) => match[1]).sort();

describe('panel strings', () => {
  it('exist in both zh_CN and en, with the same substitutions', () => {
    const en = english as Catalogue;
    const zh = chinese as Catalogue;
    expect(panelKeys(zh)).toEqual(panelKeys(en));
    expect(panelKeys(en).length).toBeGreaterThan(10);
    for (const key of panelKeys(en)) {
      expect(placeholders(zh[key]!.message), key).toEqual(placeholders(en[key]!.message));
    }
  });
});
