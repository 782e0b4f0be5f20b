// The batch button beside Generate: on the first screen, so in the initial strings (en-start.ts).
export const batchEntry = {
  open: 'Batch…',
  openHint: 'Send many prompts at once: one a line, or a CSV file',
  queueSettings: 'Queue settings · up to {{limit}} at once',
  hideQueue: 'Hide queue',
};
