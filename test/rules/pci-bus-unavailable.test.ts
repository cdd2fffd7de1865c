import rule from '../../rules/pci-bus-unavailable.js';
import { addDevices, edit, ISAPC, ruleTester, SEED } from './helpers.js';

const BALLOON = "<memballoon model='none'/>";
const MICROVM = edit(ISAPC, ["machine='isapc'", "machine='microvm'"], [BALLOON, `${BALLOON}<controller type='usb' model='none'/>`]);
const noBalloon = (text: string): string => edit(text, [BALLOON, '']);

ruleTester.run(rule, {
  valid: [
    { name: 'accepts an isapc guest without PCI devices', code: ISAPC },
    { name: 'accepts a microvm guest without PCI devices (USB controller none)', code: MICROVM },
    { name: 'accepts PCI devices once a PCI controller is written', code: addDevices(noBalloon(ISAPC), "<controller type='pci' index='0' model='pci-root'/><interface type='user'/><video><model type='vga'/></video>") },
    { name: 'accepts ISA and non-PCI devices: pcspk, ib700, ramfb, a TPM, an ISA-addressed NIC', code: addDevices(ISAPC, "<sound model='pcspk'/><watchdog model='ib700'/><video><model type='ramfb'/></video><tpm model='tpm-crb'><backend type='emulator'/></tpm><interface type='user'><model type='e1000'/><address type='isa' iobase='0x300'/></interface>") },
    { name: 'accepts a display whose video model is none', code: addDevices(ISAPC, "<video><model type='none'/></video><graphics type='vnc'/>") },
    { name: 'accepts a USB controller with a non-PCI address', code: addDevices(ISAPC, "<controller type='usb' model='piix3-uhci'><address type='usb' bus='0' port='1'/></controller>") },
    { name: 'accepts a virtio balloon on a virtio-mmio address (microvm)', code: edit(MICROVM, [BALLOON, "<memballoon model='virtio'><address type='virtio-mmio'/></memballoon>"]) },
    { name: 'leaves machines with a PCI bus alone', code: SEED },
  ],
  invalid: [
    { name: 'errs on the balloon libvirt adds to isapc', code: noBalloon(ISAPC), errors: [{ severity: 'error', near: "machine='|isapc'", message: /memballoon model='none'/ }] },
    { name: 'errs on the balloon and USB controller libvirt adds to microvm', code: edit(MICROVM, [`${BALLOON}<controller type='usb' model='none'/>`, '']), errors: [{ near: "machine='|microvm'", message: /memory balloon/ }, { near: "machine='|microvm'", message: /USB controller/ }] },
    { name: 'errs on a NIC (any model, usb-net too)', code: addDevices(ISAPC, "<interface type='user'><model type='usb-net'/></interface>"), errors: [{ near: '<|interface', message: /network interface needs a PCI slot/ }] },
    { name: 'errs on a video card without a model', code: addDevices(ISAPC, '<video/>'), errors: [{ near: '<|video/>' }] },
    { name: 'errs on PCI controllers of other kinds', code: addDevices(ISAPC, "<controller type='usb'/><controller type='scsi' model='virtio-scsi'/><controller type='sata'/><controller type='virtio-serial'/>"), errors: 4 },
    { name: 'errs on a written PCI address', code: edit(ISAPC, [BALLOON, "<memballoon model='virtio'><address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/></memballoon>"]), errors: [{ near: '<|address', message: /<memballoon> with a PCI address/ }] },
    {
      name: 'errs on virtio, sound, watchdog and host devices',
      code: addDevices(ISAPC, "<disk type='file' device='disk'><source file='/tmp/x.img'/><target dev='vda' bus='virtio'/></disk><rng model='virtio'><backend model='random'>/dev/urandom</backend></rng><input type='mouse' bus='virtio'/><sound model='ich6'/><watchdog model='i6300esb'/><vsock model='virtio'><cid auto='yes'/></vsock><shmem name='s'><model type='ivshmem-plain'/></shmem><hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/></source></hostdev>"),
      errors: 8,
    },
    { name: 'errs on the video card libvirt adds for a display', code: addDevices(ISAPC, "<graphics type='vnc'/>"), errors: [{ near: '<|graphics', message: /video card libvirt adds/ }] },
    { name: 'errs on the virtio-serial controller libvirt adds for a virtio channel', code: addDevices(ISAPC, "<channel type='pty'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>"), errors: [{ near: '<|channel', message: /virtio-serial controller/ }] },
    { name: 'errs on the SATA and SCSI controllers libvirt adds for disks', code: addDevices(ISAPC, "<disk type='file' device='disk'><source file='/tmp/a.img'/><target dev='sda' bus='sata'/></disk><disk type='file' device='disk'><source file='/tmp/b.img'/><target dev='sdb' bus='scsi'/></disk>"), errors: [{ near: '<|disk', message: /SATA controller/ }, { near: '<|disk', nth: 2, message: /SCSI controller/ }] },
  ],
});
