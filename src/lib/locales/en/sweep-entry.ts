// The Sweep button beside Generate: on the first screen, so in the initial strings (en-start.ts).
export const sweepEntry = {
  open: 'Sweep…',
  openHint: 'Send this request once per value of one setting, to compare them side by side',
};
