import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'boot-order-unsupported-device',
    description: "<boot order> on a device QEMU cannot boot from: a <filesystem> other than virtiofs, a vfio-pci mediated device (<hostdev type='mdev'>), a vhost-scsi host device (<hostdev type='scsi_host'>)",
    defaultSeverity: 'error',
    libvirtMessages: ['boot order is only supported for virtiofs', 'booting from assigned devices is not supported by mediated devices of model %s', 'booting from assigned devices is not supported by vhost SCSI devices'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.filesystems; i < list.length; i++) {
      const fs = list[i]!;
      if (!fs.bootOrder || fs.driver?.type?.value === 'virtiofs') continue;
      context.report({ range: fs.bootOrder.range, message: `only a virtiofs <filesystem> can be booted from; this one uses ${fs.driver?.type?.value ? `driver '${fs.driver.type.value}'` : 'the default 9p driver'}: libvirt refuses this domain. Use <driver type='virtiofs'/> or remove <boot order>` });
    }
    for (let i = 0, list = domain.devices.hostdevs; i < list.length; i++) {
      const h = list[i]!;
      if (h.bootOrder && h.type?.value === 'scsi_host') {
        context.report({ range: h.bootOrder.range, message: `libvirt cannot boot from a vhost-scsi host device (<hostdev type='scsi_host'>) and refuses this domain. Remove <boot order>, and boot from a disk (a SCSI LUN can be a <disk type='block' device='lun'>) or NIC` });
        continue;
      }
      // vfio-ccw mediated devices (s390x) can be booted from; vfio-pci ones cannot.
      if (!h.bootOrder || h.type?.value !== 'mdev' || h.model?.value !== 'vfio-pci') continue;
      context.report({ range: h.bootOrder.range, message: `libvirt cannot boot from a vfio-pci mediated device (an mdev such as a vGPU slice) and refuses this domain. Remove <boot order>, and boot from a disk or NIC` });
    }
  },
});
