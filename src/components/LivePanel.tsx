// Placeholder: implemented for the live-visualization issue.
export function LivePanel() {
  return null;
}
