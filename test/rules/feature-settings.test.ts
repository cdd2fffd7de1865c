import rule from '../../rules/feature-settings.js';
import { edit, ISAPC, Q35, ruleTester, SEED, otherArch } from './helpers.js';

const features = (inner: string): string => edit(SEED, ['</os>', `</os>\n  <features>${inner}</features>`]);
/** A guest without PCI devices on machine `m` (isapc's base), with <vmport> in state `state`. */
const vmport = (m: string, state: string): string => edit(ISAPC, ["machine='isapc'", `machine='${m}'`], ['</os>', `</os><features><vmport state='${state}'/></features>`], ["<memballoon model='none'/>", "<memballoon model='none'/><controller type='usb' model='none'/>"]);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts Hyper-V enlightenments and vmcoreinfo on aarch64 (libvirt 9.0 defines them)', code: otherArch('aarch64', 'virt', '', "<features><hyperv mode='custom'><relaxed state='on'/></hyperv><vmcoreinfo state='on'/></features>") },
    { name: 'accepts x86 features, ioapic on x86 and Hyper-V settings in range', code: features("<acpi/><apic/><ioapic driver='qemu'/><vmcoreinfo state='on'/><hyperv mode='custom'><spinlocks state='on' retries='4095'/><vendor_id state='on' value='123456789012'/></hyperv>") },
    { name: 'accepts short retries and a long vendor_id that are switched off', code: features("<hyperv mode='custom'><spinlocks state='off' retries='10'/><vendor_id state='off' value='12345678901234'/></hyperv>") },
    { name: 'accepts gic on an ARM virt machine', code: edit(SEED, ["arch='x86_64' machine='pc'", "arch='aarch64' machine='virt'"], ['</os>', "</os><features><gic version='3'/></features>"]) },
    { name: 'accepts the q35 fixture', code: Q35 },
    { name: 'accepts a dirty ring of 1024 entries and a TSEG size with SMM on, on q35', code: edit(Q35, ['<apic/>', "<apic/><kvm><dirty-ring state='on' size='1024'/></kvm><smm state='on'><tseg unit='MiB'>48</tseg></smm>"]) },
    { name: 'accepts a dirty ring of 1000 entries switched off, and a TSEG size with SMM off on i440fx', code: features("<acpi/><kvm><dirty-ring state='off' size='1000'/></kvm><smm state='off'><tseg unit='MiB'>48</tseg></smm>") },
    ...['isapc', 'pc', 'q35', 'pc-i440fx-7.2', 'pc-q35-2.4'].map((m) => ({ name: `accepts vmport on ${m}`, code: vmport(m, 'on') })),
  ],
  invalid: [
    {
      name: 'errs on x86-only features off x86: pvspinlock (aarch64), vmport (riscv64), at the element',
      code: otherArch('aarch64', 'virt', '', "<features><pvspinlock state='on'/></features>"),
      errors: [{ severity: 'error', near: '<|pvspinlock', message: /'pvspinlock' feature exists only on x86 guests, not on this aarch64 machine 'virt' guest/ }],
    },
    { name: 'errs on vmport off x86 (riscv64)', code: otherArch('riscv64', 'virt', '', "<features><vmport state='off'/></features>"), errors: [{ near: '<|vmport', message: /only on the x86 i440fx, q35 and isapc machines/ }] },
    { name: 'errs on Hyper-V enlightenments and vmcoreinfo on s390x', code: otherArch('s390x', 's390-ccw-virtio', '', "<features><hyperv mode='custom'><relaxed state='on'/></hyperv><vmcoreinfo state='on'/></features>"), errors: [{ near: '<|hyperv' }, { near: '<|vmcoreinfo' }] },
    {
      name: 'errs on an enabled dirty ring without a size',
      code: features("<acpi/><kvm><dirty-ring state='on'/></kvm>"),
      errors: [{ severity: 'error', near: '<kvm><|dirty-ring', message: /needs its size/ }],
    },
    ...['512', '1000', '131072'].map((n) => ({
      name: `errs on a dirty ring of ${n} entries`,
      code: features(`<acpi/><kvm><dirty-ring state='on' size='${n}'/></kvm>`),
      errors: [{ severity: 'error' as const, near: `size='|${n}'`, message: new RegExp(`size ${n} is not a power of two from 1024 to 65536`) }],
    })),
    {
      name: 'errs on an SMM TSEG size on i440fx',
      code: features("<acpi/><smm state='on'><tseg unit='MiB'>48</tseg></smm>"),
      errors: [{ severity: 'error', near: '<|tseg', message: /machine 'pc' has none/ }],
    },
    {
      name: 'errs on gic and pSeries features on x86',
      code: features("<gic version='3'/><htm state='on'/><hpt resizing='enabled'/><nested-hv state='on'/><ccf-assist state='on'/><cfpc value='workaround'/><sbbc value='workaround'/><ibs value='fixed-ibs'/>"),
      errors: ['gic', 'htm', 'hpt', 'nested-hv', 'ccf-assist', 'cfpc', 'sbbc', 'ibs'].map((f) => ({ severity: 'error' as const, near: `<|${f} ` })),
    },
    {
      name: 'errs on ioapic off x86',
      code: edit(SEED, ["arch='x86_64' machine='pc'", "arch='aarch64' machine='virt'"], ['</os>', "</os><features><ioapic driver='qemu'/></features>"]),
      errors: [{ severity: 'error', near: '<|ioapic' }],
    },
    ...['on', 'off'].map((state) => ({ name: `errs on vmport (${state}) on microvm`, code: vmport('microvm', state), errors: [{ severity: 'error' as const, near: '<|vmport', message: /i440fx, q35 and isapc/ }] })),
    { name: 'errs on vmport on x-remote', code: vmport('x-remote', 'off'), errors: [{ severity: 'error', near: '<|vmport' }] },
    {
      name: 'errs on Hyper-V spinlock retries below 4095 and a vendor_id over 12 characters',
      code: features("<hyperv mode='passthrough'><spinlocks state='on' retries='4094'/><vendor_id state='on' value='1234567890123'/></hyperv>"),
      errors: [{ severity: 'error', near: "retries='|4094'" }, { severity: 'error', near: "value='|1234567890123'" }],
    },
  ],
});
