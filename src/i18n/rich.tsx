import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with elements inside it: `{name}` placeholders left in `text` (translate
 * keeps placeholders it has no value for) are replaced by `nodes[name]`, so word order stays the
 * translator's, e.g. rich(t('ui.python.corresponds', { strategy }), { idiom: <code>…</code> }).
 */
export function rich(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = text.split(/(\{\w+\})/);
  return parts.map((part, i) => {
    const m = /^\{(\w+)\}$/.exec(part);
    const node = m === null ? part : (nodes[m[1] as string] ?? part);
    // The parts of one sentence never reorder, so their position is their identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    return <Fragment key={i}>{node}</Fragment>;
  });
}
