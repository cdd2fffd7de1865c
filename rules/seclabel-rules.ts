import type { Seclabel } from '../src/model/settings.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'seclabel-rules',
    description: "<seclabel>s libvirt refuses: two for the same model (per domain or per disk source), one without a model among several, a static label without <label>, a dynamic label with relabel='no'",
    defaultSeverity: 'error',
    libvirtMessages: ['seclabel for model %s is already provided', 'missing security model when using multiple labels', 'security label is missing', 'dynamic label type must use resource relabeling'],
  },
  check(domain, context) {
    const byModel = new Map<string, Seclabel>();
    const several = domain.seclabels.length > 1;
    const someModel = domain.seclabels.some((s) => s.model);
    for (let i = 0, list = domain.seclabels; i < list.length; i++) {
      const s = list[i]!;
      const model = s.model?.value;
      // Among several labels each must name its model; with none named, the second repeats the unnamed one.
      if (several && !model && (someModel || i > 0)) {
        context.report({ range: s.nameRange, message: someModel ? 'with several <seclabel>s, each must name its security model (model=\'selinux\', \'apparmor\' or \'dac\'): libvirt refuses this domain. Add model=' : `a second <seclabel> without a model (the first is on line ${list[0]!.range.start.line}): libvirt refuses this domain. Keep one, or name each one's model` });
      }
      if (model) {
        const first = byModel.get(model);
        if (first) {
          context.report({ range: s.model!.range, message: `a second <seclabel> for the '${model}' security model (the first is on line ${first.range.start.line}): libvirt refuses this domain. Keep one <seclabel> per model` });
        } else byModel.set(model, s);
      }
      // Without a type, libvirt reads relabel='no' as type 'none': only a written type is judged.
      const type = s.type?.value;
      if (type === 'static' && (s.label?.value ?? '') === '') {
        context.report({ range: s.type!.range, message: "a static <seclabel> must give the label to use in <label>: libvirt refuses this domain. Add <label>…</label> or use type='dynamic'" });
      }
      if (type === 'dynamic' && s.relabel?.value === 'no') {
        context.report({ range: s.relabel.range, message: "a dynamic <seclabel> generates a label per start, so libvirt must relabel the guest's resources: relabel='no' is refused. Remove relabel='no' or use a static label" });
      }
    }
    // Per-disk overrides: one per model as well.
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      if (disk.sourceSeclabels.length < 2) continue; // no map for the usual none or one
      const seen = new Map<string, Seclabel>();
      for (let j = 0, inner = disk.sourceSeclabels; j < inner.length; j++) {
        const s = inner[j]!;
        const model = s.model?.value;
        if (!model) continue;
        const first = seen.get(model);
        if (first) {
          context.report({ range: s.model!.range, message: `a second <seclabel> for the '${model}' model in this disk's <source> (the first is on line ${first.range.start.line}): libvirt refuses this domain. Keep one per model` });
        } else seen.set(model, s);
      }
    }
  },
});
