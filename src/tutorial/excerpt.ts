// Picks the lines worth reading out of a real source file, so the tutorial shows the code that runs
// rather than a copy that could drift. A block starts at the first line containing its marker and
// runs while the following lines are indented deeper (or close the block at the same depth).

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The block of `source` that starts at the first line containing `marker`, or null if there is none. */
export function extractBlock(source: string, marker: string): string | null {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.includes(marker));
  if (start < 0) return null;
  const first = lines[start] ?? '';
  const depth = indentOf(first);
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      end = i;
      continue;
    }
    const d = indentOf(line);
    if (d > depth) {
      end = i;
      continue;
    }
    const text = line.trimStart();
    if (d === depth && /^([}\])]|else\b)/.test(text)) {
      end = i;
      // `} else {` or `else {` continues the block; a bare closer ends it.
      if (/[{([]\s*$/.test(line) || text.startsWith('else')) continue;
    }
    break;
  }
  const block = lines.slice(start, end + 1);
  while (block.length > 0 && (block.at(-1) ?? '').trim() === '') block.pop();
  return stripIndent(block);
}

function stripIndent(lines: string[]): string {
  const depth = Math.min(...lines.filter((l) => l.trim() !== '').map(indentOf));
  return lines.map((l) => l.slice(Math.min(depth, indentOf(l)))).join('\n');
}

/** The blocks of `source` for `markers`, joined with a "…" line; the whole file when none is found. */
export function excerpt(source: string, markers: readonly string[]): { text: string; missing: string[] } {
  const parts: string[] = [];
  const missing: string[] = [];
  for (const m of markers) {
    const b = extractBlock(source, m);
    if (b === null) missing.push(m);
    else parts.push(b);
  }
  return { text: parts.length > 0 ? parts.join('\n\n// …\n\n') : source.trimEnd(), missing };
}
