// Plain JS on purpose (see server/simulator/clip/render-worker-bootstrap.mjs): a worker
// thread does not inherit its parent's TypeScript loader, so this registers tsx first.
//
// The simulator in a worker thread whose Date.now() reads a clock the bench moves (a
// SharedArrayBuffer): the studio page's own clock. Simulator and studio then share one
// time line, whatever speed the page manages, and the simulator runs at Kling's pace
// (time scale 1) on that line. Nothing in server/simulator changes.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const clock = new BigInt64Array(workerData.clock);
Date.now = () => Number(Atomics.load(clock, 0));

register();
const { startSimulator } = await import('../../server/simulator/start-simulator.ts');
const sim = await startSimulator({ host: '127.0.0.1', port: 0, apiKey: workerData.apiKey, timeScale: 1 });
parentPort.on('message', async (message) => {
  if (message !== 'close') return;
  await sim.close();
  parentPort.postMessage({ closed: true });
  parentPort.close();
});
parentPort.postMessage({ url: sim.url });
