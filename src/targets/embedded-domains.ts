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
  // Asked for every key the target check and the editor look up: a domain's (`domain/…`), a
  // network's, … leave at the first test, on the character after `domain` ('s' or 'c' only for
  // `domainsnapshot/…` and `domaincheckpoint/…`): 10-20 ns a key, where two startsWith took ~100.
  const c = key.charCodeAt(6);
  if (c !== 115 /* s */ && c !== 99 /* c */) return key;
  if (!key.startsWith('domainsnapshot/') && !key.startsWith('domaincheckpoint/')) return key;
  for (const prefix of EMBEDDED_DOMAINS) {
    if (key.length > prefix.length && key.startsWith(prefix) && key.charCodeAt(prefix.length) === 47 /* / */) return `domain${key.slice(prefix.length)}`;
  }
  return key;
}

/**
 * The key under which an element's attributes and children are looked up: `domain` for an element
 * that embeds a domain (`domainsnapshot/domain` → its `@type` is `domain/@type`, its `<devices>`
 * `domain/devices`), the element's own key otherwise. The target check walks with it, so that its
 * keys below an embedded domain are the domain's already (tableKeyOf then has nothing to rewrite).
 */
export function contentKeyOf(key: string): string {
  const c = key.charCodeAt(6);
  if (c !== 115 /* s */ && c !== 99 /* c */) return key;
  return EMBEDDED_DOMAINS.includes(key) ? 'domain' : key;
}
