import { stripDataPrefix } from './image-data.ts';

/** A picked, dropped or pasted file as Base64 without the `data:` prefix, as Kling wants it. */
export const readImageFile = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(stripDataPrefix(String(reader.result)));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
