import { type CharacterDevice, type CharSource, characterDevices } from '../src/model/index.js';
import { defineRule } from '../src/rule.js';

/** Whether a unix channel may leave the path out (libvirt generates one for these targets). */
function pathGenerated(c: CharacterDevice): boolean {
  const target = c.target?.type?.value;
  return c.kind === 'channel' && (target === 'virtio' || target === 'xen');
}

export default defineRule({
  meta: {
    id: 'chardev-source-attrs',
    description: 'character devices whose <source> lacks what their type needs: a path (file, dev, pipe, unix), host and service (tcp), a channel name (spiceport)',
    defaultSeverity: 'error',
    libvirtMessages: [
      'Missing source path attribute for char device',
      'Missing source host attribute for char device',
      'Missing source service attribute for char device',
      'Missing source channel attribute for char device',
    ],
  },
  check(domain, context) {
    for (let i = 0, list = characterDevices(domain); i < list.length; i++) {
      const c = list[i]!;
      const type = c.type?.value;
      if (!type || !c.type) continue;
      const src = c.sources[0];
      const need = (name: 'path' | 'host' | 'service' | 'channel', why: string): void => {
        if ((src?.[name]?.value ?? '') !== '') return;
        context.report({ range: src?.nameRange ?? c.type!.range, message: `a '${type}' ${c.kind} needs <source ${name}='…'> (${why}): libvirt refuses this domain` });
      };
      if (type === 'file' || type === 'dev' || type === 'pipe') need('path', 'the file or device to connect to');
      else if (type === 'unix' && !pathGenerated(c)) need('path', 'the socket to create or connect to');
      else if (type === 'tcp') {
        need('host', 'the address to listen on or connect to');
        need('service', 'the TCP port');
      } else if (type === 'spiceport') need('channel', 'the SPICE port name');
      else if (type === 'udp') {
        // A bind-mode source is the local end; the service to send to comes from a connect-mode one.
        const connect: CharSource | undefined = c.sources.find((s) => s.mode?.value !== 'bind');
        if ((connect?.service?.value ?? '') === '') {
          context.report({ range: connect?.nameRange ?? src?.nameRange ?? c.type.range, message: `a 'udp' ${c.kind} needs a connect-mode <source service='…'> (the port to send to): libvirt refuses this domain` });
        }
      }
    }
  },
});
