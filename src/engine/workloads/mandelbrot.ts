import type { Params, Workload } from '../types';

/** Iterations before c = (cx, cy) escapes |z| > 2, capped at maxIter (inside the set). */
export function mandelbrotPoint(cx: number, cy: number, maxIter: number): number {
  let x = 0;
  let y = 0;
  let i = 0;
  while (i < maxIter && x * x + y * y <= 4) {
    const t = x * x - y * y + cx;
    y = 2 * x * y + cy;
    x = t;
    i++;
  }
  return i;
}

// The view: real axis −2.2…0.8, imaginary axis centred on 0 with square pixels.
const X0 = -2.2;
const X1 = 0.8;

/** Pixel (col, row) → the complex number it samples. */
export function pixelToComplex(p: Params, col: number, row: number): [number, number] {
  const w = p.width ?? 1;
  const h = p.height ?? 1;
  const scale = (X1 - X0) / w;
  return [X0 + (col + 0.5) * scale, (row + 0.5 - h / 2) * scale];
}

/** Fills one image row with iteration counts. */
export function mandelbrotRow(p: Params, row: number, out: Float64Array, offset: number): void {
  const w = p.width ?? 1;
  const h = p.height ?? 1;
  const maxIter = p.maxIter ?? 0;
  // Same arithmetic as pixelToComplex, without allocating a pair per pixel.
  const scale = (X1 - X0) / w;
  const cy = (row + 0.5 - h / 2) * scale;
  for (let col = 0; col < w; col++) {
    out[offset + col] = mandelbrotPoint(X0 + (col + 0.5) * scale, cy, maxIter);
  }
}

/** Rows the verifier recomputes independently: first, last, middle and a spread between. */
function spotRows(h: number): number[] {
  const rows = new Set<number>([0, h - 1, Math.floor(h / 2)]);
  for (let k = 1; k < 8; k++) rows.add(Math.floor((k * h) / 8));
  return [...rows].filter((r) => r >= 0 && r < h);
}

// Rows as tasks: rows through the set's body cost up to maxIter per pixel, edge rows almost nothing.
export const mandelbrotWorkload: Workload = {
  id: 'mandelbrot',
  name: 'Mandelbrot',
  summary: 'Each image row is a task; rows through the set cost far more than rows at the edge.',
  python:
    'def row(y):\n    return [escape_time(complex(x0 + x*s, y0 + y*s), max_iter)\n            for x in range(width)]',
  params: [
    {
      key: 'width',
      label: 'Width',
      min: 8,
      max: 4096,
      default: 600,
      integer: true,
      unit: 'px',
      help: 'Pixels per row.',
    },
    {
      key: 'height',
      label: 'Height (tasks)',
      min: 2,
      max: 4096,
      default: 400,
      integer: true,
      unit: 'px',
      help: 'Rows; one task each.',
    },
    {
      key: 'maxIter',
      label: 'Max iterations',
      min: 1,
      max: 100_000,
      default: 1000,
      integer: true,
      help: 'Escape-time cap per pixel.',
    },
  ],
  crossCheck: (p) =>
    (p.width ?? 0) * (p.height ?? 0) > 4_194_304
      ? ['Width × height is above 4 megapixels; make the image smaller.']
      : [],
  taskCount: (p) => p.height ?? 0,
  resultWidth: (p) => p.width ?? 0,
  taskLabel: (_p, i) => `row ${i}`,
  kernel: mandelbrotRow,
  verify(p, results) {
    const w = p.width ?? 0;
    const maxIter = p.maxIter ?? 0;
    let answer = 0;
    for (const v of results) {
      if (!(v >= 0 && v <= maxIter && Number.isInteger(v))) {
        return { ok: false, answer: Number.NaN, detail: `iteration count ${v} is out of range` };
      }
      answer += v;
    }
    // Recompute sample rows independently: catches rows landing in the wrong place.
    const row = new Float64Array(w);
    for (const r of spotRows(p.height ?? 0)) {
      mandelbrotRow(p, r, row, 0);
      for (let c = 0; c < w; c++) {
        if (row[c] !== results[r * w + c]) {
          return { ok: false, answer, detail: `row ${r}, column ${c} differs from a recomputation` };
        }
      }
    }
    return { ok: true, answer, detail: 'counts in range; sample rows match a recomputation' };
  },
  formatAnswer: (a) => `${a.toLocaleString('en-US')} iterations`,
};
