import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The baseline every figure in `npm run bench` is compared with: React and ReactDOM
// rendering one button, built and served exactly like the studio.
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <main>
      <h1>Bare React</h1>
      <button type="button">Generate</button>
    </main>
  </StrictMode>,
);
