/**
 * The body of an analysis worker thread: receives article inputs, answers analysis records (or
 * the error, as code and message). Runs `analyze` exactly as the main thread would.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { isWiretraceError } from '../errors.js';
import type { AnalyzeRequest, AnalyzeReply } from './analyze-pool.js';

parentPort?.on('message', (request: AnalyzeRequest) => {
  let reply: AnalyzeReply;
  try {
    reply = { id: request.id, record: analyze(request.input, request.options) };
  } catch (error) {
    reply = {
      id: request.id,
      error: { code: isWiretraceError(error) ? error.code : 'bad-input', message: error instanceof Error ? error.message : String(error) },
    };
  }
  parentPort!.postMessage(reply);
});

// Loaded: the pool may send work here from now on.
parentPort?.postMessage({ ready: true });
