import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os';

/**
 * The machine's non-internal IPv4 addresses, so a tablet register on the shop's Wi-Fi can be
 * pointed at one of them. Link-local 169.254.x.x addresses are left out: nothing reaches them.
 */
export function lanIpv4Addresses(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  const addresses = new Set<string>();
  for (const infos of Object.values(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family === 'IPv4' && !info.internal && !info.address.startsWith('169.254.')) {
        addresses.add(info.address);
      }
    }
  }
  return [...addresses];
}
