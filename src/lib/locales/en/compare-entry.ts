// The Std + Pro button beside Generate: on the first screen, so in the initial strings (en-start.ts).
export const compareEntry = {
  stdPro: 'Std + Pro',
  stdProHint: 'Send this request twice, as std and as pro, and compare the two',
};
