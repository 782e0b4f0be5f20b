// The prices button and the cost line beside Generate: on the first screen, so in the initial strings (en-start.ts).
export const pricesEntry = {
  open: 'Prices…',
  summaryNone: 'No prices: the composer shows seconds of video',
  summarySet_one: 'Prices in {{unit}} for {{count}} model',
  summarySet_other: 'Prices in {{unit}} for {{count}} models',
  cost: {
    stdPro: 'Std + Pro:',
    label: 'Cost of the next submit',
    seconds_one: '{{count}} s of video',
    seconds_other: '{{count}} s of video',
    amount: '{{amount}} {{unit}}',
    unpriced: 'no price set for {{what}}',
  },
};
