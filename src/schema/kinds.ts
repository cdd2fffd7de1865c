import type { DocumentKind } from '../types.js';

/** Root element → document kind → grammar file (the file names match libvirt's own schema set). */
export const KIND_GRAMMARS: Readonly<Record<DocumentKind, { readonly root: string; readonly file: string; readonly title: string }>> = {
  domain: { root: 'domain', file: 'domain.rng', title: 'virtual machine (domain)' },
  network: { root: 'network', file: 'network.rng', title: 'virtual network' },
  pool: { root: 'pool', file: 'storagepool.rng', title: 'storage pool' },
  volume: { root: 'volume', file: 'storagevol.rng', title: 'storage volume' },
  domainsnapshot: { root: 'domainsnapshot', file: 'domainsnapshot.rng', title: 'domain snapshot' },
  domaincheckpoint: { root: 'domaincheckpoint', file: 'domaincheckpoint.rng', title: 'domain checkpoint' },
  filter: { root: 'filter', file: 'nwfilter.rng', title: 'network filter' },
  secret: { root: 'secret', file: 'secret.rng', title: 'secret' },
  interface: { root: 'interface', file: 'interface.rng', title: 'host network interface' },
};

const BY_ROOT = new Map<string, DocumentKind>(
  (Object.entries(KIND_GRAMMARS) as [DocumentKind, { root: string }][]).map(([kind, g]) => [g.root, kind]),
);

export function kindOfRoot(rootName: string): DocumentKind | undefined {
  return BY_ROOT.get(rootName);
}

export const SUPPORTED_ROOTS: readonly string[] = [...BY_ROOT.keys()];
