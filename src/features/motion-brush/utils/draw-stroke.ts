import type { Tool } from './tool.ts';
import type { Point } from './brush-doc.ts';

// The stroke in progress, drawn on the stage's own canvas until it is handed to the
// document (pointer lifted, or the keyboard brush lifted).

export type StrokeLook = { tool: Tool; colour: string; radius: number }; // radius: a fraction of the frame's width

/** Sizes the canvas to its box (at most 2× for sharp lines on dense screens) and returns that box. */
export const fitCanvas = (canvas: HTMLCanvasElement): DOMRect => {
  const rect = canvas.getBoundingClientRect();
  const scale = Math.min(2, globalThis.devicePixelRatio || 1);
  canvas.width = Math.round(rect.width * scale);
  canvas.height = Math.round(rect.height * scale);
  return rect;
};

export const clearCanvas = (canvas: HTMLCanvasElement | null) => canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);

export const drawStroke = (canvas: HTMLCanvasElement, rect: DOMRect, points: Point[], { tool, colour, radius }: StrokeLook) => {
  const context = canvas.getContext('2d');
  if (!context) return;
  const { width, height } = rect;
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.save();
  context.scale(canvas.width / width, canvas.height / height);
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = tool === 'erase' ? 'rgba(255,255,255,0.7)' : colour;
  context.lineWidth = tool === 'path' ? 3 : Math.max(1, radius * width * 2);
  context.beginPath();
  points.forEach((p, i) => (i === 0 ? context.moveTo(p.x * width, p.y * height) : context.lineTo(p.x * width, p.y * height)));
  // A single point is a dab: a line of (almost) no length, drawn with round caps.
  if (points.length === 1 && tool !== 'path') context.lineTo(points[0]!.x * width + 0.01, points[0]!.y * height);
  context.stroke();
  context.restore();
};
