import { parentPort } from 'node:worker_threads';
import { EXAMPLES, GENERIC_REGION } from '@osallisuusarvio/core';
import { renderJob } from '../render-job.js';
import type { RenderJob, RenderOutcome } from '../render-job.js';
import { extractAppendix } from './extract.js';
import type { ExtractOutcome } from './extract.js';
import { feedbackPdfJob, reportPdfJob } from './documents.js';
import type { DocumentOutcome, FeedbackJob, ReportPdfJob } from './documents.js';

/** What the service posts to a worker: one job at a time, with an id to match the answer. */
export type WorkerJob =
  | { readonly kind: 'render'; readonly render: RenderJob }
  | { readonly kind: 'extract'; readonly pdf: Uint8Array }
  | { readonly kind: 'feedback'; readonly feedback: FeedbackJob }
  | { readonly kind: 'report'; readonly report: ReportPdfJob };
export type WorkerOutcome = RenderOutcome | ExtractOutcome | DocumentOutcome;
export type WorkerMessage = { readonly ready: true } | { readonly id: number; readonly outcome: WorkerOutcome };

// The service's render thread. Rendering and reading PDFs are synchronous and CPU-bound, and a hostile PDF
// can keep the reader busy for a long time: here they run off the HTTP thread, which can stop a thread that
// overruns its time (Worker.terminate) without stopping the service.
const port = parentPort;
if (port) {
  // Warm up before taking requests: the first rendering loads the fonts and compiles the hot code (about
  // 0.6 s of CPU), which would otherwise fall on the first request's time budget.
  const example = EXAMPLES['service-network'].assessment;
  // A failure here is not fatal: the first real job reports it as a crash, with its stack.
  const warm = renderJob({ assessment: example, region: GENERIC_REGION, generatedAt: 0, attachJson: true });
  if (warm.ok) extractAppendix(warm.bytes);
  port.postMessage({ ready: true } satisfies WorkerMessage);
  port.on('message', (message: { id: number; job: WorkerJob }) => {
    const { id, job } = message;
    const outcome: WorkerOutcome =
      job.kind === 'render'
        ? renderJob(job.render)
        : job.kind === 'feedback'
          ? feedbackPdfJob(job.feedback)
          : job.kind === 'report'
            ? reportPdfJob(job.report)
            : extractAppendix(job.pdf);
    if (outcome.ok && 'bytes' in outcome) {
      port.postMessage({ id, outcome } satisfies WorkerMessage, [outcome.bytes.buffer as ArrayBuffer]);
    } else port.postMessage({ id, outcome } satisfies WorkerMessage);
  });
}
