// Measured facts about a clip, from the video element and the download route.

/** The common name of a picture size, by its short side ("720p" for 1280×720 and 720×1280). */
export const resolutionClass = (width: number, height: number): string => {
  const short = Math.min(width, height);
  if (short >= 2160) return '4K';
  if (short >= 1440) return '1440p';
  if (short >= 1080) return '1080p';
  if (short >= 720) return '720p';
  if (short >= 480) return '480p';
  return `${short}p`;
};

/** Bits per second of the whole file over the whole clip. */
export const bitrate = (bytes: number, seconds: number): number | null =>
  seconds > 0 && Number.isFinite(seconds) ? (bytes * 8) / seconds : null;

export const formatBitrate = (bitsPerSecond: number): string =>
  bitsPerSecond >= 1e6 ? `${(bitsPerSecond / 1e6).toFixed(2)} Mb/s` : `${Math.round(bitsPerSecond / 1e3)} kb/s`;

export const formatFileSize = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(2)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** "1:05.250" or "4.250 s": enough digits to see a frame. */
export const formatClock = (seconds: number): string => {
  const safe = Math.max(0, Number.isFinite(seconds) ? seconds : 0);
  const minutes = Math.floor(safe / 60);
  const rest = (safe - minutes * 60).toFixed(2).padStart(5, '0');
  return `${minutes}:${rest}`;
};

/** "2.25" for a ratio worth showing; null when it says nothing (no baseline, or the same). */
export const ratioText = (value: number, baseline: number | null | undefined): string | null => {
  if (!baseline || baseline <= 0 || !Number.isFinite(value)) return null;
  const ratio = value / baseline;
  if (Math.abs(ratio - 1) < 0.005) return null;
  return ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2);
};
