import { base64DecodedLength, decodeBase64Prefix, isBase64, readImageHeader } from '../../../api/image-header.ts';

// What the studio knows about an image value before sending it: Base64 is read
// from its header; a URL only once the browser has loaded it (Kling fetches it itself).

export type ImageFacts = {
  source: 'base64' | 'url';
  format: 'png' | 'jpeg' | null; // null: not a format Kling takes (or not known for a URL)
  width: number | null;
  height: number | null;
  bytes: number | null;
};

export const isImageUrl = (value: string): boolean => /^https?:\/\//i.test(value.trim());

export const describeBase64 = (value: string): ImageFacts => {
  const header = isBase64(value) ? readImageHeader(decodeBase64Prefix(value)) : null;
  return {
    source: 'base64',
    format: header?.format ?? null,
    width: header?.width ?? null,
    height: header?.height ?? null,
    bytes: base64DecodedLength(value),
  };
};

const formatFromUrl = (url: string): ImageFacts['format'] => {
  const path = url.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (path.endsWith('.png')) return 'png';
  if (path.endsWith('.jpg') || path.endsWith('.jpeg')) return 'jpeg';
  return null;
};

export const describeUrl = (url: string, loaded: { width: number; height: number } | null): ImageFacts => ({
  source: 'url',
  format: formatFromUrl(url),
  width: loaded?.width ?? null,
  height: loaded?.height ?? null,
  bytes: null,
});

const mimeFromBase64 = (value: string): string =>
  value.startsWith('/9j/') ? 'image/jpeg' : value.startsWith('iVBOR') ? 'image/png' : 'image/*';

/** Something an <img> can show, for a URL or prefix-less Base64. */
export const previewSrc = (value: string): string => (isImageUrl(value) ? value.trim() : `data:${mimeFromBase64(value)};base64,${value}`);

/** Kling wants Base64 without the `data:…;base64,` prefix. */
export const stripDataPrefix = (dataUrl: string): string => dataUrl.replace(/^data:[^,]*,/, '');

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
