/** A valid domain with `n` virtio disks and `n` virtio interfaces (PCI addresses assigned by libvirt). */
export function generateDomain(n: number): string {
  const disks: string[] = [];
  const nics: string[] = [];
  for (let i = 0; i < n; i++) {
    disks.push(`    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' ioeventfd='on'/>
      <source file='/var/lib/libvirt/images/disk${i}.qcow2'/>
      <target dev='vd${diskSuffix(i)}' bus='virtio'/>
    </disk>`);
    const mac = `52:54:00:${((i >> 16) & 0xff).toString(16).padStart(2, '0')}:${((i >> 8) & 0xff).toString(16).padStart(2, '0')}:${(i & 0xff).toString(16).padStart(2, '0')}`;
    nics.push(`    <interface type='user'>
      <mac address='${mac}'/>
      <model type='virtio'/>
      <driver name='vhost' ioeventfd='on'/>
    </interface>`);
  }
  return `<domain type='kvm'>
  <name>grow${n}</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
${disks.join('\n')}
${nics.join('\n')}
  </devices>
</domain>
`;
}

/** vda…vdz, vdaa…: libvirt's disk name suffixes. */
function diskSuffix(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

const DOMAIN_HEAD = "<domain type='kvm'>\n  <name>bench</name>\n  <memory unit='KiB'>1048576</memory>\n  <os><type arch='x86_64' machine='q35'>hvm</type></os>\n";

/** `n` empty elements directly in <metadata> (libxml2's RelaxNG validation was quadratic on this). */
export function generateMetadata(n: number): string {
  return `${DOMAIN_HEAD}  <metadata xmlns:m='urn:example:bench'>${'<m:e/>'.repeat(n)}</metadata>\n</domain>\n`;
}

/** `n` chains of `depth` nested elements in <metadata> (within the parser's depth limit of 256). */
export function generateDeep(n: number, depth: number): string {
  const chain = `${'<m:d>'.repeat(depth)}${'</m:d>'.repeat(depth)}`;
  return `${DOMAIN_HEAD}  <metadata xmlns:m='urn:example:bench'>\n${`    ${chain}\n`.repeat(n)}  </metadata>\n</domain>\n`;
}

/** `n` elements in <metadata> with `attributes` attributes each. */
export function generateAttributeHeavy(n: number, attributes: number): string {
  const attrs = Array.from({ length: attributes }, (_, i) => ` a${i}='v${i}'`).join('');
  return `${DOMAIN_HEAD}  <metadata xmlns:m='urn:example:bench'>\n${`    <m:e${attrs}/>\n`.repeat(n)}  </metadata>\n</domain>\n`;
}
