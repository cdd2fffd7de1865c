import os from 'node:os';

/** Cores available to this process (the meaning of --concurrency auto). Apart from the pool, so a one-file run never loads worker_threads. */
export const availableCores = (): number => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length) || 1;
