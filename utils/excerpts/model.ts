import { array, number, object, optional, string, type Infer } from '../validate';

/** Where an excerpt sits in the speech text, so it can be found again (W3C Web Annotation selectors). */
export const anchorSchema = object({
  quote: object({
    exact: string({ min: 1, max: 100_000 }),
    prefix: string({ max: 200 }),
    suffix: string({ max: 200 }),
  }),
  position: object({ start: number({ min: 0, integer: true }), end: number({ min: 0, integer: true }) }),
  /** Index of the outline item the excerpt sat under when it was saved. */
  sectionIndex: optional(number({ min: 0, integer: true })),
});
export type Anchor = Infer<typeof anchorSchema>;

/** What the page side sends when the reader saves a passage. */
export const excerptDraftSchema = object({
  text: string({ min: 1, max: 100_000 }),
  note: string({ max: 20_000 }),
  tags: array(string({ min: 1, max: 100 }), { max: 50 }),
  pageUrl: string({ min: 1, max: 4_000 }),
  pageTitle: string({ max: 1_000 }),
  speechTitle: string({ max: 1_000 }),
  sectionPath: array(string({ max: 500 }), { max: 20 }),
  anchor: optional(anchorSchema),
  /** The speech's outline, sent with the first excerpt saved from a page (for study notes). */
  outline: optional(array(object({ level: number({ min: 1, max: 12, integer: true }), text: string({ max: 500 }) }), { max: 1_000 })),
});
export type ExcerptDraft = Infer<typeof excerptDraftSchema>;

export interface Excerpt extends ExcerptDraft {
  id: string;
  host: string;
  createdAt: number;
  updatedAt: number;
}
