/** Reviewer marks on attribution findings: what the reviewer decided about each quote. */
import { z } from 'zod';
import { anchorSchema, type Anchor } from './anchor';

export const VERDICTS = ['verified', 'needs-check', 'not-a-quote'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  verified: 'Verified',
  'needs-check': 'Needs check',
  'not-a-quote': 'Not a quote',
};

export interface ReviewMark {
  id: number;
  storyId: string;
  anchor: Anchor;
  verdict: Verdict;
  /** What to check, for `needs-check`; may be empty otherwise. */
  note: string;
  /** The reviewer who set it. */
  by: string;
  updatedAt: string;
}

const reviewerName = z.string().trim().min(1, 'needs the reviewer’s name').max(200);

/** Input of `setReviewMark`. A `needs-check` mark must say what to check. */
export const setReviewMarkSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    /** The mark being changed; it is re-anchored to `anchor`, the quote's current context. Omit for a new mark. */
    markId: z.number().int().positive().optional(),
    anchor: anchorSchema,
    verdict: z.enum(VERDICTS),
    note: z.string().max(2_000).default(''),
    by: reviewerName,
  })
  .refine((input) => input.verdict !== 'needs-check' || input.note.trim() !== '', {
    message: 'A "needs check" mark needs a note saying what to check.',
    path: ['note'],
  });
export type SetReviewMarkInput = z.output<typeof setReviewMarkSchema>;

/** Input of `deleteReviewMark`. */
export const deleteReviewMarkSchema = z.strictObject({
  id: z.string().min(1).max(64),
  markId: z.number().int().positive(),
});
export type DeleteReviewMarkInput = z.output<typeof deleteReviewMarkSchema>;

export const signOffSchema = z.strictObject({
  id: z.string().min(1).max(64),
  /** The version the reviewer read; a newer stored version means `conflict`. */
  baseVersion: z.number().int().positive(),
  by: reviewerName,
});
export type SignOffInput = z.output<typeof signOffSchema>;

export const returnToEditorSchema = signOffSchema.extend({
  note: z.string().trim().min(1, 'needs a note telling the editor what to fix').max(20_000),
});
export type ReturnToEditorInput = z.output<typeof returnToEditorSchema>;
