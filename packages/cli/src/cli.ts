#!/usr/bin/env node
import { interruptWrites, removeTemporaryFiles } from './files.js';
import { run } from './run.js';

// Interrupted: let the writes under way remove their temporary files (a file being created by the thread
// pool could otherwise appear after a hasty cleanup), then exit. A second signal exits at once.
let stopping = false;
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
] as const) {
  process.on(signal, () => {
    if (stopping) {
      removeTemporaryFiles();
      process.exit(128 + number);
    }
    stopping = true;
    void interruptWrites().finally(() => process.exit(128 + number));
  });
}

// A closed pipe (osallisuusarvio schema | head) is not an error of the command.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  removeTemporaryFiles();
  process.exit(process.exitCode ?? 0);
});

// exitCode rather than process.exit(), so that a large output piped to another program is not cut short.
void run(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
