/** The tutorial walkthrough (issue 6). Placeholder until it lands. */
export function LearnPage(_props: { chapter: number }) {
  return <main className="learn" />;
}
