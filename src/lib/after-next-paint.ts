// Resolves once the browser has painted the frame in progress: a timeout queued from
// requestAnimationFrame runs after that frame's paint. A task queued straight after a
// render runs before it, and the first screen's paint then waits for whatever runs there
// (npm run bench, "Largest Contentful Paint"). A hidden tab paints no frames: there the
// fallback timer decides.
const HIDDEN_FALLBACK_MS = 100;

export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // No frames to wait for where there is no renderer (server rendering, tests in Node).
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(finish, 0);
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, HIDDEN_FALLBACK_MS);
  });
