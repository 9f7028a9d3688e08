// Placeholder: implemented for the live-visualization issue.
export function ScalingSweep() {
  return null;
}
