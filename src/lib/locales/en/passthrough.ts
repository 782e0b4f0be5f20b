export const passthrough = {
  // Shown before sending, when the request uses fields a classic-list gateway drops.
  headingWill: 'This gateway will drop part of this request',
  headingMay: 'This gateway may drop part of this request',
  bodyWill: 'It answers as new-api does, which passes only Kling’s classic fields. Kling would receive:',
  bodyMay: 'Many gateways (new-api) pass only Kling’s classic fields. If yours does, Kling receives:',
  sentAsIs: 'Sent as is: this gateway is set to pass every field to Kling.',
  lose: {
    sound: 'no sound: Kling’s default, a silent clip',
    storyboard: 'no storyboard: one {{seconds}} s shot from the main prompt, charged as one clip',
    voices: 'no voices',
    elements: 'no elements',
    extras: 'none of these raw metadata fields: {{fields}}',
  },
  setting: 'What this gateway passes',
  modes: {
    auto: { label: 'Guess', hint: 'from its answers' },
    all: { label: 'Every field', hint: 'it was changed to' },
    classic: { label: 'Classic list', hint: 'new-api as shipped' },
  },
};
