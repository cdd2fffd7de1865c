import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'filesystem-rules',
    description: "<filesystem> settings QEMU cannot honour: types other than mount, read-only or non-passthrough virtiofs, fmode/dmode without accessmode='mapped'",
    defaultSeverity: 'error',
    libvirtMessages: [
      'only supports mount filesystem type',
      'virtiofs does not yet support read-only mode',
      'virtiofs only supports passthrough accessmode',
      'fmode and dmode must be used with accessmode=mapped',
    ],
  },
  check(domain, context) {
    const dt = domain.type?.value;
    if (dt !== 'qemu' && dt !== 'kvm') return;
    for (const d of domain.devices.filesystems) {
      const type = d.type;
      if (type && type.value !== 'mount') {
        context.report({ range: type.range, message: `QEMU shares host directories only (type='mount'), not '${type.value}' filesystems: libvirt refuses this domain` });
        continue;
      }
      const accessmode = d.accessmode;
      if (d.driver?.type?.value === 'virtiofs') {
        const ro = d.readonly;
        if (ro) context.report({ range: ro.nameRange, message: `virtiofs cannot export read-only in libvirt 9.0: libvirt refuses this domain. Remove <readonly/> (make the directory read-only on the host) or use 9p` });
        if (accessmode && accessmode.value !== 'passthrough') {
          context.report({ range: accessmode.range, message: `virtiofs only supports accessmode='passthrough', not '${accessmode.value}': libvirt refuses this domain` });
        }
        continue;
      }
      for (const name of ['fmode', 'dmode'] as const) {
        const a = d[name];
        if (a && accessmode?.value !== 'mapped') {
          context.report({ range: a.attributeRange, message: `${name} sets the permissions of files created in mapped mode; with accessmode='${accessmode?.value ?? 'passthrough'}' it cannot apply: libvirt refuses this domain. Use accessmode='mapped' or remove ${name}` });
        }
      }
    }
  },
});
