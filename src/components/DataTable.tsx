import { type ReactNode, useId, useState } from 'react';
import { useT } from '../i18n/react';

interface Props {
  /** What the table shows, e.g. "Speedup by workers". */
  caption: string;
  columns: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<ReactNode>>;
}

/** The numbers behind a chart, one button away: charts are not the only way to read results. */
export function DataTable({ caption, columns, rows }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="data-table">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t(open ? 'ui.table.hide' : 'ui.table.show', { caption })}
      </button>
      {open && (
        <div className="table-scroll" id={id}>
          <table className="results">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                // Rows are derived snapshots without identity; their order is their key.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={i}>
                  {r.map((cell, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
