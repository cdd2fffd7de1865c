/** Entry point of a worker thread: lints the batches of files the pool sends, one file at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { FileJob } from './file-job.js';
import type { WorkerData } from './pool.js';
import { ProbeError } from '../caps/qmp-session.js';
import { setProbeRunner } from '../caps/index.js';
import { watchPluginRules } from '../plugin.js';
import { IDLE, WorkerStatus } from './status.js';
import type { CapabilityProfile } from '../caps/types.js';
import { type ProbeReplyMessage, type ProbeRequestMessage, type Reply, type ReplyMessage, serializeError, type TaskMessage } from './messages.js';

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
// Probes run in the main thread, once per run for all threads.
const probes = new Map<number, { resolve: (p: CapabilityProfile) => void; reject: (e: Error) => void }>();
let nextProbe = 0;
setProbeRunner(
  (request) =>
    new Promise((resolve, reject) => {
      const id = nextProbe++;
      probes.set(id, { resolve, reject });
      port.postMessage({ probe: { ...request, id } } satisfies ProbeRequestMessage);
    }),
);

const data = workerData as WorkerData;
// One job per worker: configuration files are loaded and the grammar loaded once per thread.
const job = new FileJob(data.run);
/** The task being linted and the plugin rule running, for the pool to know which file (and rule) a death or a time-out of this thread concerns. */
const status = new WorkerStatus(data.status);
watchPluginRules((rule) => status.setRule(rule));
status.setTask(IDLE);

/** Lints a batch file after file; one reply message for the whole batch. */
async function lintBatch(msg: TaskMessage): Promise<void> {
  const replies: Reply[] = [];
  for (const task of msg.tasks) {
    status.setTask(task.id);
    try {
      const result =
        task.text !== undefined ? await job.lintSource(task.text, task.file, task.encoding, task.off) : await job.lintPath(task.file, task.followSymlinks, undefined, task.seenRegular === true, task.off);
      replies.push({ id: task.id, result });
    } catch (e) {
      replies.push({ id: task.id, error: serializeError(e) });
    }
    status.setTask(IDLE);
  }
  port?.postMessage({ replies } satisfies ReplyMessage);
}

// The pool keeps a second batch queued here; batches are linted strictly one after the other.
let queue: Promise<void> = Promise.resolve();
port.on('message', (msg: TaskMessage | ProbeReplyMessage) => {
  if ('probeReply' in msg) {
    const r = msg.probeReply;
    const p = probes.get(r.id);
    probes.delete(r.id);
    if ('profile' in r) p?.resolve(r.profile);
    else p?.reject(new ProbeError(r.error));
    return;
  }
  queue = queue.then(() => lintBatch(msg));
});
