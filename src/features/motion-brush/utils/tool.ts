/** The motion brush's tools: paint or erase the selected region, or draw its path. */
export type Tool = 'paint' | 'erase' | 'path';
