import { app } from './en/app.ts';
import { batchEntry } from './en/batch-entry.ts';
import { compareEntry } from './en/compare-entry.ts';
import { compose } from './en/compose.ts';
import { errors } from './en/errors.ts';
import { fields } from './en/fields.ts';
import { language } from './en/language.ts';
import { pricesEntry } from './en/prices-entry.ts';
import { rules } from './en/rules.ts';
import { settings } from './en/settings.ts';
import { sweepEntry } from './en/sweep-entry.ts';

// The English areas the first screen (composer, header, placeholders) uses: these
// are in the initial bundle. Every other area of en.ts arrives with the UI loaded on
// demand (app/on-demand.tsx). `npm run test:bundle` fails if code on the start path
// uses an area missing here: add it here (and keep it out when only lazy UI needs it).
export const enStart = { app, batchEntry, compareEntry, compose, errors, fields, language, pricesEntry, rules, settings, sweepEntry };
