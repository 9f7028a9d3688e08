import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldPython } from './source';

const DIR = join(import.meta.dirname, '../../engine/io/strategies');
const FILES = ['serial.ts', 'batched.ts', 'async.ts', 'hybrid.ts'].filter((f) =>
  readdirSync(DIR).includes(f),
);

describe('foldPython', () => {
  it('folds the python block of every strategy file and keeps its run loop', () => {
    expect(FILES.length).toBe(4);
    for (const file of FILES) {
      const code = readFileSync(join(DIR, file), 'utf8');
      const folded = foldPython(code);
      expect(folded, file).toContain('python: { … }, // shown beside this file');
      expect(folded, file).not.toContain('idiom:');
      expect(folded, file).toContain('run(setup, ctx)');
      // Only the block goes: every other line is kept.
      expect(code.split('\n').length - folded.split('\n').length, file).toBeGreaterThan(1);
    }
  });

  it('leaves code without a python block untouched', () => {
    const code = 'export const x = {\n  id: 1,\n};\n';
    expect(foldPython(code)).toBe(code);
  });
});
