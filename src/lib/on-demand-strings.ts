import { addOnDemandStrings } from './i18n.ts';
import { en } from './locales/en.ts';

// Importing this adds the English strings only UI loaded on demand uses (the first
// screen's are in the initial bundle, locales/en-start.ts). app/on-demand.tsx imports
// it for that UI; so do tests that render it.
addOnDemandStrings(en);
