// Only an absolute http(s) URL is a clip: a gateway's field may hold text instead
// (new-api puts the failure reason in `result_url`, docs/gateway-contract.md), and
// `javascript:` or `data:` has no place in <video src> or a download.
export const clipAddress = (value: string | null | undefined): string | null =>
  typeof value === 'string' && /^https?:\/\/\S+$/i.test(value) && URL.canParse(value) ? value : null;
