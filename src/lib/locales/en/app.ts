export const app = {
  title: 'Kling Studio',
  skipToClips: 'Skip to clips',
  tagline: 'Generate, watch and compare Kling video clips',
  simulatorBadge: 'Simulator',
  simulatorHint: 'No API key set: clips come from the built-in gateway simulator.',
  gatewayBadge: 'Gateway: {{host}}',
  serverUnreachable: 'The studio server is not answering. Is `npm run dev` still running?',
  // Shown before the gallery (and its strings) have loaded, and by the gallery: the
  // empty history's words are on the first screen of a first visit (history-mark.ts).
  historyLoading: 'Loading your history…',
  noClipsYet: 'Your clips will appear here. Write a prompt and press Generate.',
  sentBelow_one: 'Sent: the clip appears under Clips, below.',
  sentBelow_other: 'Sent: {{count}} clips appear under Clips, below.',
  showClips: 'Show',
  toasts: 'Notifications',
  closeToast: 'Close notification',
};
