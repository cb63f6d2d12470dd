import type { NetworkInterfaceInfo } from '../../../../shared/domain';

/** One choice of the interface select: the address is what gateway.open takes. */
export interface InterfaceOption {
  address: string;
  name: string;
  family: NetworkInterfaceInfo['family'];
  /** Loopback: only this laptop reaches it (testing), never the residents' phones. */
  loopback: boolean;
}

/** IPv6 link-local addresses (fe80::) need a zone id a phone's browser cannot type: offered last. */
const isLinkLocal = (info: NetworkInterfaceInfo) =>
  info.family === 'IPv6' && info.address.toLowerCase().startsWith('fe80:');

function rank(info: NetworkInterfaceInfo): number {
  if (info.internal) return info.family === 'IPv4' ? 3 : 4;
  if (isLinkLocal(info)) return 2;
  return info.family === 'IPv4' ? 0 : 1;
}

/**
 * The interfaces as the operator chooses among them: the hall's networks first (IPv4 before IPv6, as
 * phones on a Wi-Fi router get an IPv4 address), loopback last, each address once. Within a rank
 * the system's own order stands (Array.prototype.sort is stable).
 */
export function interfaceOptions(interfaces: readonly NetworkInterfaceInfo[]): InterfaceOption[] {
  const seen = new Set<string>();
  return [...interfaces]
    .sort((a, b) => rank(a) - rank(b))
    .filter((info) => {
      if (seen.has(info.address)) return false;
      seen.add(info.address);
      return true;
    })
    .map((info) => ({
      address: info.address,
      name: info.name,
      family: info.family,
      loopback: info.internal,
    }));
}

/** Only loopback (or nothing): the laptop is on no network the phones could join. */
export function hasHallNetwork(options: readonly InterfaceOption[]): boolean {
  return options.some((o) => !o.loopback);
}

/**
 * The address preselected: the one the box last used while it is still there, else the first hall
 * network, else loopback (testing), else none.
 */
export function defaultAddress(options: readonly InterfaceOption[], last: string | null): string | null {
  if (last !== null && options.some((o) => o.address === last)) return last;
  return options[0]?.address ?? null;
}
