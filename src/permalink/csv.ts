import { getWorkload } from '../engine/workloads';
import type { SharedView } from './share-view';

// CSV for spreadsheets: one row per timed sample, RFC 4180 (CRLF line ends, fields with a comma,
// quote or line break in double quotes, quotes doubled). Text that came from a link or a file could
// start with "=", "+", "-" or "@", which a spreadsheet would run as a formula (CSV injection), so such
// a cell gets a leading apostrophe, the OWASP-recommended guard; our own numbers are never negative.

/** Column headings, in order. */
export const CSV_COLUMNS = [
  'strategy',
  'workload',
  'params',
  'fault',
  'workers',
  'chunk size',
  'repetition',
  'ms',
  'median ms',
  'verified',
  'fingerprint',
  'answer',
  'browser',
  'cores',
  'date',
] as const;

/** One cell: formula-like text defused, then quoted if it needs to be. */
export function csvCell(value: string | number | boolean): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The view as CSV, one row per timed sample (repetition numbered from 1). */
export function resultsCsv(view: SharedView): string {
  const { setup, env } = view;
  const params = getWorkload(setup.workload)
    .params.map((p) => `${p.key}=${setup.params[p.key]}`)
    .join('; ');
  const fault = setup.fault === null ? '' : `task ${setup.fault.task} (${setup.fault.kind})`;
  const rows = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const r of view.results) {
    r.samples.forEach((ms, i) => {
      const cells = [
        r.strategy,
        setup.workload,
        params,
        fault,
        r.workers,
        r.chunkSize,
        i + 1,
        ms,
        r.median,
        r.verified,
        r.fingerprint,
        r.answerText,
        env.browser,
        env.cores,
        env.date,
      ];
      rows.push(cells.map(csvCell).join(','));
    });
  }
  return `${rows.join('\r\n')}\r\n`;
}
