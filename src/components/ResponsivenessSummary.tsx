// Placeholder: implemented for the live-visualization issue.
export function ResponsivenessSummary(_props: {
  results: readonly import('../engine/runner').StrategyResult[];
}) {
  return null;
}
