export const errors = {
  bad_request: 'The gateway rejected the request: {{message}}',
  auth: 'The API key was refused. Check KLING_API_KEY on the studio server.',
  forbidden: 'This key has no access to that model.',
  not_found: 'The gateway no longer knows this task.',
  rate_limited: 'The gateway asked us to slow down.',
  server: 'The gateway had a problem ({{status}}).',
  timeout: 'The gateway did not answer in time.',
  network: 'The studio server could not be reached.',
  bad_response: 'The gateway answered in a way the studio does not understand.',
};
