/**
 * A capabilities profile (virtlint-caps/1) of the emulator examples/seed-disk-ioeventfd.xml names
 * (/usr/bin/qemu): with `blkHasIoeventfd` false, emulator-supports-ioeventfd reports the seed's disk.
 */
export function seedProfile(blkHasIoeventfd: boolean): string {
  return JSON.stringify({
    format: 'virtlint-caps/1',
    emulator: '/usr/bin/qemu',
    version: '7.2.0',
    arches: ['x86_64'],
    domainTypes: ['qemu', 'kvm'],
    machines: [{ name: 'pc-0.13', isDefault: true }],
    devices: { 'virtio-blk-pci': blkHasIoeventfd ? ['drive', 'ioeventfd'] : ['drive'], 'virtio-net-pci': ['ioeventfd'] },
    devicesComplete: false,
  });
}
