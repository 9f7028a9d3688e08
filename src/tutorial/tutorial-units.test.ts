import { describe, expect, it } from 'vitest';
import { restoreProgress } from '../store/tutorial';
import { excerpt, extractBlock } from './excerpt';
import { tokenize } from './highlight';
import { chunkMessages, overtakes, submissionWaits } from './measures';

describe('highlighter', () => {
  const ts = `// sum\nconst s = 'a'; for (let i = 0; i < n; i++) total += f(i, 0x1f);`;
  const py = `def f(x):\n    return x * 2  # double\nprint(f"{x}", """doc""")`;

  it('splits code into tokens that join back to exactly the code', () => {
    expect(
      tokenize(ts, 'ts')
        .map((t) => t.text)
        .join(''),
    ).toBe(ts);
    expect(
      tokenize(py, 'py')
        .map((t) => t.text)
        .join(''),
    ).toBe(py);
  });

  it('marks keywords, strings, comments, numbers and calls', () => {
    const kinds = (code: string, lang: 'ts' | 'py') =>
      tokenize(code, lang)
        .filter((t) => t.kind !== 'plain')
        .map((t) => `${t.kind}:${t.text}`);
    expect(kinds(ts, 'ts')).toEqual([
      'comment:// sum',
      'keyword:const',
      "string:'a'",
      'keyword:for',
      'keyword:let',
      'number:0',
      'call:f',
      'number:0x1f',
    ]);
    expect(kinds(py, 'py')).toEqual([
      'keyword:def',
      'call:f',
      'keyword:return',
      'number:2',
      'comment:# double',
      'call:print',
      'string:f"{x}"',
      'string:"""doc"""',
    ]);
  });
});

describe('excerpt', () => {
  const src = [
    'import x;',
    '',
    'export function a(n: number) {',
    '  if (n > 0) {',
    '    return 1;',
    '  } else {',
    '    return 2;',
    '  }',
    '}',
    '',
    'const b = 3;',
    '  const deliver = (c) => {',
    '    go(c);',
    '  };',
    "  if (order === 'completion') deliver(c);",
    '  else {',
    '    keep(c);',
    '  }',
    '  done++;',
  ].join('\n');

  it('takes a whole block from its marker to its closing line, unindented', () => {
    expect(extractBlock(src, 'export function a(')).toBe(
      'export function a(n: number) {\n  if (n > 0) {\n    return 1;\n  } else {\n    return 2;\n  }\n}',
    );
    expect(extractBlock(src, 'const deliver')).toBe('const deliver = (c) => {\n  go(c);\n};');
  });

  it('keeps an else branch with its if', () => {
    expect(extractBlock(src, "if (order === 'completion')")).toBe(
      "if (order === 'completion') deliver(c);\nelse {\n  keep(c);\n}",
    );
  });

  it('reports markers it cannot find and falls back to the whole file', () => {
    expect(extractBlock(src, 'nothing like this')).toBeNull();
    const e = excerpt(src, ['nothing like this']);
    expect(e.missing).toEqual(['nothing like this']);
    expect(e.text).toBe(src);
  });
});

describe('measures', () => {
  it('counts results delivered ahead of an earlier-submitted task', () => {
    expect(overtakes([0, 1, 2, 3])).toBe(0);
    expect(overtakes([1, 0, 2, 3])).toBe(1);
    expect(overtakes([3, 2, 1, 0])).toBe(3);
    expect(overtakes([1, 2, 0, 3])).toBe(1);
  });

  it('in submission order a result waits until every earlier one has ended', () => {
    // Task 0 ends at 50; tasks 1 and 2 ended at 10 and 20, so they wait 40 and 30 ms.
    const w = submissionWaits([50, 10, 20, 60]);
    expect(w.max).toBe(40);
    expect(w.task).toBe(1);
    expect(w.mean).toBeCloseTo((0 + 40 + 30 + 0) / 4, 10);
    expect(submissionWaits([]).mean).toBe(0);
  });

  it('counts one message per chunk', () => {
    expect(chunkMessages(2000, 1)).toBe(2000);
    expect(chunkMessages(2000, 250)).toBe(8);
    expect(chunkMessages(10, 3)).toBe(4);
    expect(chunkMessages(10, 0)).toBe(10);
  });
});

describe('saved progress', () => {
  it('restores well-formed progress and drops everything else without throwing', () => {
    const text = JSON.stringify({
      v: 1,
      progress: {
        pool: { answer: 'near', ranAt: 1_700_000_000_000, correct: true },
        'bad id!': { answer: 'x' },
        chunks: { answer: 42, ranAt: -1, correct: 'yes' },
      },
      pointersSeen: { pool: true, yielding: 'no' },
      lastChapter: 4,
    });
    expect(restoreProgress(text)).toEqual({
      progress: {
        pool: { answer: 'near', ranAt: 1_700_000_000_000, correct: true },
        chunks: { answer: null, ranAt: null, correct: null },
      },
      pointersSeen: { pool: true },
      lastChapter: 4,
    });
  });

  it('starts fresh from nothing, broken JSON or the wrong shape', () => {
    const empty = { progress: {}, pointersSeen: {}, lastChapter: 1 };
    for (const text of [null, '', '{', 'null', '[1,2]', '"x"', '{"lastChapter": 1e9}', '{"progress": 5}'])
      expect(restoreProgress(text), String(text)).toEqual(empty);
  });
});
