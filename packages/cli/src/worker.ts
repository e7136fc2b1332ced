import { parentPort } from 'node:worker_threads';
import { renderJob } from './render-job.js';
import type { RenderJob } from './render-job.js';

// One render thread: renders what the main thread posts and sends the bytes back (transferred, not copied).
// The main thread reads the inputs and writes the files, so a failing worker never leaves a file behind.
parentPort?.on('message', (message: { job: RenderJob }) => {
  const outcome = renderJob(message.job);
  if (outcome.ok) {
    const buffer = outcome.bytes.buffer as ArrayBuffer;
    parentPort!.postMessage({ outcome }, [buffer]);
  } else {
    parentPort!.postMessage({ outcome });
  }
});
