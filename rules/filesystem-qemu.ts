import type { Domain, Filesystem } from '../src/model/index.js';

/**
 * The filesystems of a QEMU/KVM domain that share a host directory (type='mount', the default):
 * the filesystem-* rules about mount settings judge only these, since filesystem-type-mount
 * already refuses the others.
 */
export function qemuMountFilesystems(domain: Domain): Filesystem[] {
  const dt = domain.type?.value;
  if (dt !== 'qemu' && dt !== 'kvm') return [];
  return domain.devices.filesystems.filter((d) => !d.type || d.type.value === 'mount');
}

export const isVirtiofs = (d: Filesystem): boolean => d.driver?.type?.value === 'virtiofs';
