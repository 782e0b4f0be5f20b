// Kling's failure texts are terse and English-only; the common ones get a sentence
// that says what to do. The gateway's own words are always shown beside it.
const known: [RegExp, 'riskControl' | 'image' | 'balance'][] = [
  [/risk control|moderation|sensitive|policy/i, 'riskControl'],
  [/image|pixel|aspect ratio/i, 'image'],
  [/balance|insufficient|quota|credit/i, 'balance'],
];

export const failureKind = (message: string | undefined): 'riskControl' | 'image' | 'balance' | 'generic' =>
  known.find(([pattern]) => message !== undefined && pattern.test(message))?.[1] ?? 'generic';
