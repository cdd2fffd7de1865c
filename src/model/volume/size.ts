/**
 * Scaled sizes of a storage volume (`<capacity unit='GiB'>10</capacity>`) as libvirt reads them, in
 * exact integers: libvirt's limits (2^63 - 1 bytes for a capacity, 2^64 - 1 for a cluster size) are
 * beyond what a JavaScript number holds exactly. A unit is read by `unitScale` (src/model/numbers.ts),
 * one reading for every document; re-exported here for volume rules.
 */
import { unitScale } from '../numbers.js';

export { unitScale };

/** The largest capacity or allocation libvirt takes: a file offset (`off_t`) is signed, so 2^63 - 1 bytes. */
export const MAX_VOLUME_SIZE = 2n ** 63n - 1n;

/** The largest cluster size libvirt takes, and the largest number it reads in a size: an unsigned 64-bit count of bytes. */
export const MAX_CLUSTER_SIZE = 2n ** 64n - 1n;

/**
 * Whether `amount` of `unit` is more than `limit` bytes, the way libvirt decides it ("value too
 * large"): the amount is compared with the limit divided by the unit, rounded down. Undefined when
 * the amount is not a decimal number of 64 bits or the unit is unknown: libvirt cannot read those
 * ("malformed capacity element", "unknown suffix"), and the grammar says so.
 */
export function exceedsLimit(amount: string, unit: string | undefined, limit: bigint): boolean | undefined {
  if (!/^[0-9]+$/.test(amount)) return undefined;
  const value = BigInt(amount);
  const scale = unitScale(unit);
  if (scale === undefined || value > MAX_CLUSTER_SIZE) return undefined;
  return value > limit / scale;
}
