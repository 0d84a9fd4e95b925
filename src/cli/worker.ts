// The worker thread side of isolate.ts: renders each page it is sent and posts the result back.
import { parentPort } from 'node:worker_threads';
import { renderPage, type RenderJob } from './render';

parentPort?.on('message', (job: RenderJob) => {
  parentPort!.postMessage(renderPage(job));
});
