/**
 * Snapshots and checkpoints hold a whole domain: what it holds has the domain's version facts (table
 * entries and ladder bounds), read through the domain's keys. Shared by the version table (lookups
 * by document key, for the target check and the editor) and the grammar walk (grammar-items.ts,
 * which leaves the embedded domain to the domain grammar's items).
 */

/**
 * Elements of other documents that hold a whole domain: a snapshot's `<domain>` (the guest as it was
 * when the snapshot was taken; in the input form only its `<uuid>`) and `<inactiveDomain>`, a
 * checkpoint's `<domain>`. libvirt's own snapshot and checkpoint schemas include its domain schema
 * of the same release for them (`domain.rng`, `inactiveDomain.rng` over `domaincontents`), as
 * virtlint's grammars include `domain.rng`: what such an element holds is a domain's, with the
 * domain's keys, table entries and ladder bounds. The element itself is the snapshot's or
 * checkpoint's item (`domainsnapshot/inactiveDomain` has a bound of its own).
 */
export const EMBEDDED_DOMAINS: readonly string[] = ['domainsnapshot/domain', 'domainsnapshot/inactiveDomain', 'domaincheckpoint/domain'];

/**
 * The key the table and the ladder know an item by: a key below an embedded domain (its attributes,
 * children and their values) is rewritten to the domain's (`domainsnapshot/inactiveDomain/devices/disk`
 * → `domain/devices/disk`, `domaincheckpoint/domain/@type=kvm` → `domain/@type=kvm`); every other key
 * is its own.
 */
export function tableKeyOf(key: string): string {
  // Only keys of snapshots and checkpoints can be embedded: two prefix tests for every other key.
  if (!key.startsWith('domainsnapshot/') && !key.startsWith('domaincheckpoint/')) return key;
  for (const prefix of EMBEDDED_DOMAINS) {
    if (key.length > prefix.length && key.startsWith(prefix) && key[prefix.length] === '/') return `domain${key.slice(prefix.length)}`;
  }
  return key;
}
