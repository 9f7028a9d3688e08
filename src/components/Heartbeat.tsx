// Placeholder: implemented for the live-visualization issue.
export function Heartbeat() {
  return null;
}
