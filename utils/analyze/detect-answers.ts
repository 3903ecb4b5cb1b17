// What the two injected detection scripts hand back to the background (as the result of
// scripting.executeScript), and the checks the background applies: the page is hostile,
// and a page script can reach the objects those scripts read, so their answers are
// validated like any message.
import { SIGNAL_LIMITS, SLICE_CHARS, type PageReads } from './detect-input';
import { STAGE2_FEATURES, type Features } from './detect-features';
import { array, number, object, optional, string, type Check, type Schema } from '../validate';

/** Longest reason for a failure the page reports (an exception's message). */
const ERROR_CHARS = 500;
/** Longest evidence string a stage-2 feature carries (detect-features.ts clips to 80). */
const EVIDENCE_CHARS = 200;

/** Main-thread ms the script spent in the page; handed back, never written to the page's performance timeline, where a page could read it and learn that Lectern is installed. */
export type DetectorAnswer = { reads: PageReads; ms: number } | { error: string };
export type Stage2Answer = { features: Features; ms: number } | { error: string };
/** Longest time a detection script may report (a minute; a page cannot hold a script longer without the browser's hang dialog). */
const MAX_MS = 60_000;
const msSchema = number({ min: 0, max: MAX_MS });

export const pageReadsSchema: Schema<PageReads> = object({
  titles: array(string({ max: SIGNAL_LIMITS.titleChars }), { max: SIGNAL_LIMITS.titles }),
  headings: array(string({ max: SIGNAL_LIMITS.headingChars }), { max: SIGNAL_LIMITS.headings }),
  kickers: array(string({ max: SIGNAL_LIMITS.kickerChars }), { max: SIGNAL_LIMITS.headings }),
  lang: string({ max: SIGNAL_LIMITS.langChars }),
  text: string({ max: SLICE_CHARS }),
});

const featureSchema = object({ value: number({ min: -1e6, max: 1e6 }), evidence: optional(string({ max: EVIDENCE_CHARS })) });
const stage2FeaturesSchema = object(Object.fromEntries(STAGE2_FEATURES.map((name) => [name, featureSchema])) as Record<(typeof STAGE2_FEATURES)[number], typeof featureSchema>);
const errorSchema = object({ error: string({ max: ERROR_CHARS }) });

function answer<T, K extends string>(key: K, schema: Schema<T>): (input: unknown) => Check<({ [P in K]: T } & { ms: number }) | { error: string }> {
  return (input) => {
    const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : null;
    if (record && 'error' in record) return errorSchema(input);
    if (!record || !(key in record)) return { ok: false, error: `expected "${key}" or "error", got ${input === null ? 'null' : typeof input}` };
    const checked = schema(record[key], key);
    if (!checked.ok) return checked;
    const ms = msSchema(record.ms, 'ms');
    return ms.ok ? { ok: true, value: { [key]: checked.value, ms: ms.value } as { [P in K]: T } & { ms: number } } : ms;
  };
}

/** The every-page script's answer: its native reads (detect-input.ts), or why it could not read. */
export const parseDetectorAnswer = answer('reads', pageReadsSchema) as (input: unknown) => Check<DetectorAnswer>;
/** The stage-2 script's answer: the paragraph-structure features, or why it could not read them. */
export const parseStage2Answer = answer('features', stage2FeaturesSchema) as (input: unknown) => Check<Stage2Answer>;
