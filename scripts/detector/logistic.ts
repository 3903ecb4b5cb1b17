// A small, deterministic, dependency-free L2-regularised logistic regression.
// Features are standardised for fitting, and the standardisation is folded back into
// the weights, so the stored model applies to raw feature values: score = bias + Σ w·x.

export interface FitOptions {
  /** L2 penalty on the standardised weights (not on the bias). */
  lambda: number;
  iterations: number;
  learningRate: number;
}

export const DEFAULT_FIT: FitOptions = { lambda: 0.05, iterations: 3000, learningRate: 0.5 };

export interface RawModel {
  bias: number;
  weights: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Full-batch gradient descent from zero weights: the same data gives the same model. */
export function fitLogistic(rows: number[][], labels: number[], options: FitOptions = DEFAULT_FIT): RawModel {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const row of rows) for (let j = 0; j < d; j++) mean[j]! += row[j]! / n;
  for (const row of rows) for (let j = 0; j < d; j++) std[j]! += (row[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j]!) || 1;
  const z = rows.map((row) => row.map((x, j) => (x - mean[j]!) / std[j]!));

  // Classes weighted to count equally: the corpus has fewer speeches than other pages.
  const positives = labels.filter((y) => y === 1).length;
  const classWeight = (y: number) => (y === 1 ? n / (2 * Math.max(positives, 1)) : n / (2 * Math.max(n - positives, 1)));

  const w = new Array<number>(d).fill(0);
  let b = 0;
  const grad = new Array<number>(d).fill(0);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * row[j]!;
      const err = (sigmoid(s) - labels[i]!) * classWeight(labels[i]!);
      gradB += err;
      for (let j = 0; j < d; j++) grad[j]! += err * row[j]!;
    }
    b -= (options.learningRate * gradB) / n;
    for (let j = 0; j < d; j++) w[j]! -= options.learningRate * (grad[j]! / n + options.lambda * w[j]!);
  }

  const weights = w.map((wj, j) => wj / std[j]!);
  const bias = b - w.reduce((sum, wj, j) => sum + (wj * mean[j]!) / std[j]!, 0);
  return { bias, weights };
}

export function scoreRaw(model: RawModel, row: number[]): number {
  let s = model.bias;
  for (let j = 0; j < row.length; j++) s += (model.weights[j] ?? 0) * row[j]!;
  return s;
}
