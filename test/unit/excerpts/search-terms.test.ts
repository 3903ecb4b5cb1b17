import { describe, expect, it } from 'vitest';
import { queryTerms, searchTerms } from '../../../utils/excerpts/search-terms';

describe('search terms', () => {
  it('indexes Chinese as single characters and overlapping bigrams', () => {
    expect(searchTerms('政绩观')).toEqual(['政', '政绩', '绩', '绩观', '观']);
  });
  it('indexes Latin words lower-cased, and splits mixed runs', () => {
    expect(searchTerms('The GDP增长 of 2026')).toEqual(['the', 'gdp', '增', '增长', '长', 'of', '2026']);
  });
  it('normalises full-width forms', () => {
    expect(searchTerms('ＧＤＰ')).toEqual(['gdp']);
  });
  it('asks for bigrams, not the single characters they contain', () => {
    expect(queryTerms('政绩观')).toEqual(['政绩', '绩观']);
    expect(queryTerms('政')).toEqual(['政']);
  });
});
