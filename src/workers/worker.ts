/** Entry point of a worker thread: lints the files the pool sends, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { FileJob, type RunOptions } from './file-job.js';
import { type ReplyMessage, serializeError, type TaskMessage } from './messages.js';

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
// One job per worker: configuration files are loaded and the grammar compiled once per thread.
const job = new FileJob(workerData as RunOptions);

// The pool keeps a second file queued here; files are linted strictly one after the other.
let queue: Promise<void> = Promise.resolve();
port.on('message', (task: TaskMessage) => {
  queue = queue.then(() =>
    job.lintPath(task.file, task.followSymlinks).then(
      (result) => port.postMessage({ id: task.id, result } satisfies ReplyMessage),
      (e: unknown) => port.postMessage({ id: task.id, error: serializeError(e) } satisfies ReplyMessage),
    ),
  );
});
