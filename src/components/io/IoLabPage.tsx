/** The I/O lab (issue 4). Placeholder until the lab lands. */
export function IoLabPage() {
  return <main className="io-lab" />;
}
