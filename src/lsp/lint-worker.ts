/** The language server's lint thread (see lint-runner.ts): lints one document at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { LintOptionsFactory } from '../config/lint-options.js';
import { loadConfigFile } from '../config/load.js';
import { lintText, type LintOptions } from '../linter/lint.js';
import type { Rule } from '../rule.js';
import { YoungGenerationKeeper } from './lint-heap.js';
import type { LintJob, LintWorkerData, WorkerReply, WorkerRequest } from './lint-runner.js';
import { watchPluginRules } from '../plugin.js';
import { WorkerStatus } from '../workers/status.js';
import { withRulesOff } from '../workers/stopped-rules.js';

const port = parentPort;
if (!port) throw new Error('lint-worker.js must run in a worker thread');
// Which plugin rule is running, for the runner to name one that outlasts the time limit (and lint without it).
const data = workerData as LintWorkerData | undefined;
const status = data?.status ? new WorkerStatus(data.status) : undefined;
if (status) watchPluginRules((rule) => status.setRule(rule));

let epoch = -1;
let factories = new Map<string, LintOptionsFactory>();
let pluginRuleSets = new Map<string, Promise<readonly Rule[] | undefined>>();
/**
 * Lint options per document and configuration, as JSON. Every job brings a fresh copy of its
 * configuration (a message is a structured clone), and `lintText` keeps its rule plan per rules
 * object: handing it the same options for the same configuration saves planning the 119 rules (and
 * the garbage of it) on every change.
 */
let optionsByJob = new Map<string, LintOptions>();
/** Bounds `optionsByJob` (one entry per open document and configuration in practice). */
const MAX_CACHED_OPTIONS = 256;

/** Collects the young generation after a reply when the next lint might not fit in it (see lint-heap.ts). */
const young = YoungGenerationKeeper.create();

/** Drops what was built from settings when the settings epoch changes (a configuration or capabilities file changed). */
function enterEpoch(request: WorkerRequest): void {
  if (request.epoch === epoch) return;
  epoch = request.epoch;
  factories = new Map();
  pluginRuleSets = new Map();
  optionsByJob = new Map();
}

/** Capability resolvers (and the files they read) are kept per settings epoch: a reload starts afresh. */
function factoryFor(job: LintJob): LintOptionsFactory {
  const { maxDepth, namedCapsFile } = job;
  const key = JSON.stringify([maxDepth ?? null, namedCapsFile ?? null]);
  let f = factories.get(key);
  if (!f) {
    f = new LintOptionsFactory({ ...(maxDepth ? { maxDepth } : {}), ...(namedCapsFile ? { namedCapsFile } : {}) });
    factories.set(key, f);
  }
  return f;
}

/** The options for a job; throws as `LintOptionsFactory.for` does (such failures are not kept: the next change tries again). */
function optionsFor(job: LintJob): LintOptions {
  const key = JSON.stringify([job.maxDepth ?? null, job.namedCapsFile ?? null, job.filePath, job.config]);
  let options = optionsByJob.get(key);
  if (!options) {
    options = factoryFor(job).for(job.config, job.filePath);
    if (optionsByJob.size >= MAX_CACHED_OPTIONS) optionsByJob.clear();
    optionsByJob.set(key, options);
  }
  return options;
}

/** The rule set of a configuration that loads plugins (imported once per settings epoch). */
function pluginRuleSetOf(configFile: string): Promise<readonly Rule[] | undefined> {
  let set = pluginRuleSets.get(configFile);
  if (!set) {
    set = loadConfigFile(configFile).then((c) => c.ruleSet);
    pluginRuleSets.set(configFile, set);
  }
  return set;
}

port.on('message', (request: WorkerRequest) => {
  // Taken: the runner's time limit counts from here, not from a start still loading modules.
  status?.setTask(request.id);
  const replied = young?.jobStarted();
  void (async () => {
    const { job } = request;
    enterEpoch(request);
    let options: LintOptions;
    let problem: string | undefined;
    try {
      options = optionsFor(job);
    } catch (e) {
      // An unreadable capabilities file or a missing grammar directory: lint without them and say why.
      problem = (e as Error).message;
      options = { filePath: job.filePath, rules: job.config.rules, ...(job.maxDepth ? { maxDepth: job.maxDepth } : {}) };
    }
    try {
      if (job.pluginConfigFile) {
        const ruleSet = await pluginRuleSetOf(job.pluginConfigFile);
        if (ruleSet) options = { ...options, ruleSet };
      }
      if (job.off && job.off.length > 0) options = { ...options, rules: withRulesOff(options.rules, job.off) };
      if (job.encoding) options = { ...options, encoding: job.encoding };
      const result = await lintText(job.text, options);
      port.postMessage({ id: request.id, result: { ...result, source: undefined }, ...(problem ? { problem } : {}) } satisfies WorkerReply);
    } catch (e) {
      port.postMessage({ id: request.id, error: (e as Error).message } satisfies WorkerReply);
    }
    replied?.();
    // After messages already waiting (a newer version of the document) have been taken.
    if (young) setImmediate(() => young.settle());
  })();
});
