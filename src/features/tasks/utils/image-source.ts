// Requests keep images as Kling takes them: a URL, or bare Base64 without a data:
// prefix. To show one, the Base64 needs its prefix back; the first bytes say which.
export const imageSource = (image: string): string => {
  if (/^(https?:|data:|blob:)/i.test(image)) return image;
  const type = image.startsWith('/9j/') ? 'image/jpeg' : 'image/png';
  return `data:${type};base64,${image}`;
};
