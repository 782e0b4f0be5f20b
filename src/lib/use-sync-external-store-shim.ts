// react-i18next imports `use-sync-external-store/shim`, a fallback for React < 18 that
// on React 19 only hands back React's own hook (its production build checks for it).
// vite.config.ts points that import here, so the fallback's code is not on the start path.
export { useSyncExternalStore } from 'react';
