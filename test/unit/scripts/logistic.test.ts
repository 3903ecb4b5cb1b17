import { describe, expect, it } from 'vitest';
import { fitLogistic, scoreRaw } from '../../../scripts/detector/logistic';
import { assignFolds } from '../../../scripts/detector/training';

describe('the detector trainer', () => {
  const rows = [[0, 1], [0, 2], [1, 0], [2, 0], [0, 3], [3, 1]];
  const labels = [0, 0, 1, 1, 0, 1];

  it('separates separable data, with weights that apply to raw (unstandardised) features', () => {
    const model = fitLogistic(rows, labels);
    rows.forEach((row, i) => expect(scoreRaw(model, row) > 0, `row ${i}`).toBe(labels[i] === 1));
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[1]).toBeLessThan(0);
  });

  it('is deterministic: the same data gives the same model', () => {
    expect(fitLogistic(rows, labels)).toEqual(fitLogistic(rows, labels));
  });

  it('keeps a source in one fold and deals a source over a fifth across all folds by file name', () => {
    const pages = [
      ...Array.from({ length: 12 }, (_, i) => ({ key: `big/p${String(i).padStart(2, '0')}`, src: 'big' })),
      ...['a', 'b', 'c', 'd', 'e', 'f'].flatMap((src) => [{ key: `${src}/1`, src }, { key: `${src}/2`, src }]),
    ];
    const folds = assignFolds(pages);
    expect(new Set(pages.filter((p) => p.src === 'big').map((p) => folds.get(p.key))).size).toBe(5);
    for (const src of ['a', 'b', 'c', 'd', 'e', 'f']) expect(folds.get(`${src}/1`)).toBe(folds.get(`${src}/2`));
    expect(folds.get('big/p00')).toBe(0);
    expect(folds.get('big/p05')).toBe(0);
  });
});
