import type { Attr, Located } from '../src/model/index.js';
import { hasSpiceDisplay } from './spice-display.js';
import { defineRule, type RuleContext } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'audio-references',
    description: '<audio> ids used twice, referenced but missing, or 0; spice audio without a spice display',
    defaultSeverity: 'error',
    libvirtMessages: ['no audio device with ID %u', 'audio ID %u is used multiple times', 'Spice audio is not supported without spice graphics', "Invalid value for attribute 'id' in element 'audio': Zero is not permitted"],
  },
  check(domain, context) {
    const audios = domain.devices.audios;
    const ids = new Map<string, Located>();
    for (let i = 0, list = audios; i < list.length; i++) {
      const a = list[i]!;
      const id = a.id;
      if (id && /^0+$/.test(id.value)) {
        context.report({ range: id.range, message: `audio ids start at 1; id 0 is not permitted: libvirt refuses this domain. Use id='1' or above` });
      } else if (id) {
        const first = ids.get(id.value);
        if (first) context.report({ range: id.range, message: `audio id ${id.value} is already used on line ${first.range.start.line}: libvirt refuses this domain. Give each <audio> its own id` });
        else ids.set(id.value, id);
      }
      const type = a.type;
      if (type?.value === 'spice' && !hasSpiceDisplay(domain)) {
        context.report({ range: type.attributeRange, message: `spice audio travels over a SPICE connection, but the domain has no <graphics type='spice'>: libvirt refuses this domain. Use another audio type or add SPICE` });
      }
    }
    // Two loops, not one over a spread copy of both lists made per document.
    for (let i = 0, list = domain.devices.sounds; i < list.length; i++) checkReference(context, list[i]!.audioId, ids, audios.length === 0);
    for (let i = 0, list = domain.devices.graphics; i < list.length; i++) checkReference(context, list[i]!.audioId, ids, audios.length === 0);
  },
});

function checkReference(context: RuleContext, ref: Attr | undefined, ids: ReadonlyMap<string, Located>, noAudios: boolean): void {
  // Without any <audio>, libvirt adds a default backend with id 1 itself.
  if (ref && !ids.has(ref.value) && !(noAudios && ref.value === '1')) {
    context.report({ range: ref.range, message: `<audio id='${ref.value}'> refers to an audio backend that does not exist: libvirt refuses this domain. Define <audio id='${ref.value}' …/> or fix the id` });
  }
}
