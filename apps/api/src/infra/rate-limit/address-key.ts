// The key an address is counted under. One IPv6 subscriber holds a whole /64, so IPv6 addresses count
// by their /64; an IPv4 address written as IPv6 (::ffff:203.0.113.7) is the IPv4 address.
import ipaddr from 'ipaddr.js';

export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address.slice(0, 128);
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}
