/**
 * Architecture names. QEMU names its targets ("i386", "arm", "ppc64") differently from libvirt
 * ("i686", "armv7l", "ppc64le"), and libvirt lets one binary serve a second, compatible guest arch.
 */

/** libvirt arch for a QEMU target name (from `query-target` or a `qemu-system-<target>` file name). */
export function libvirtArchOfQemuTarget(target: string): string {
  switch (target) {
    case 'i386':
      return 'i686';
    case 'arm':
      return 'armv7l';
    default:
      return target;
  }
}

/**
 * Guest arches libvirt accepts for a binary whose own arch is `arch`: the arch itself plus the
 * 32-bit (or other-endian) sibling libvirt lets the same binary run.
 */
export function archesServedBy(arch: string): string[] {
  switch (arch) {
    case 'x86_64':
      return ['x86_64', 'i686'];
    case 'aarch64':
      return ['aarch64', 'armv7l'];
    case 'armv7l':
      return ['armv7l', 'armv6l'];
    case 'ppc64':
      return ['ppc64', 'ppc64le'];
    default:
      return [arch];
  }
}

/** The QEMU target a binary name implies ("qemu-system-x86_64" → "x86_64"), if any. */
export function qemuTargetOfBinaryName(baseName: string): string | undefined {
  const m = /^qemu-system-([a-z0-9_]+?)(?:-.*)?$/.exec(baseName);
  return m?.[1];
}
