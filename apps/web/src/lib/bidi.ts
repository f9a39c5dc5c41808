// Data (names, addresses, request numbers) is often in another script than the interface: a Russian company
// name inside a Persian sentence. Unicode isolates keep each piece's own direction, so quotes and full stops
// stay where they belong. Use for data interpolated into translated strings; in JSX prefer <bdi>.
const FSI = '\u2068';
const PDI = '\u2069';

export function isolate(value: string): string {
  return `${FSI}${value}${PDI}`;
}
