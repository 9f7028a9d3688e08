import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, resultsCsv } from './csv';
import { restoreView } from './restore-view';
import type { SharedView } from './share-view';

/** A minimal RFC 4180 reader, to check the writer's output parses back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

function view(over: { browser?: string; answerText?: string } = {}): SharedView {
  const out = restoreView(
    {
      setup: {
        workload: 'fibonacci',
        params: { first: 20, step: 2, count: 10 },
        fault: { task: 3, kind: 'crash' },
      },
      env: {
        cores: 8,
        crossOriginIsolated: true,
        timerResolutionMs: 0.1,
        browser: over.browser ?? 'Firefox 142',
        date: '2026-11-22T02:30:00Z',
      },
      results: [
        {
          strategy: 'main-thread',
          workers: 1,
          chunkSize: 1,
          samples: [401.2, 398.7, 402.9],
          verified: true,
          fingerprint: '4e35f04d',
          answerText: over.answerText ?? '63,245,986',
        },
        {
          strategy: 'worker-pool',
          workers: 8,
          chunkSize: 3,
          samples: [60.5],
          verified: true,
          fingerprint: '4e35f04d',
        },
      ],
    },
    8,
  );
  if (!out.ok) throw new Error(out.detail);
  return out.view;
}

describe('resultsCsv', () => {
  it('writes a header and one row per timed sample, CRLF-terminated', () => {
    const csv = resultsCsv(view());
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 3 + 1);
    expect(rows[1]).toEqual([
      'main-thread',
      'fibonacci',
      'first=20; step=2; count=10',
      'task 3 (crash)',
      '1',
      '1',
      '1',
      '401.2',
      '401.2',
      'true',
      '4e35f04d',
      '63,245,986',
      'Firefox 142',
      '8',
      '2026-11-22T02:30:00.000Z',
    ]);
    expect(rows[3]?.slice(6, 8)).toEqual(['3', '402.9']);
    expect(rows[4]?.slice(0, 8)).toEqual([
      'worker-pool',
      'fibonacci',
      'first=20; step=2; count=10',
      'task 3 (crash)',
      '8',
      '3',
      '1',
      '60.5',
    ]);
  });

  it('quotes commas, quotes and line breaks the RFC 4180 way', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(12.5)).toBe('12.5');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\t=x')).toBe("'\t=x");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    const rows = parseCsv(resultsCsv(view({ browser: '=cmd|"/c calc"!A1', answerText: '@SUM(1,2)' })));
    expect(rows[1]?.[12]).toBe('\'=cmd|"/c calc"!A1');
    expect(rows[1]?.[11]).toBe("'@SUM(1,2)");
  });
});
