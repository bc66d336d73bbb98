import { expect, type Locator, type Page } from '@playwright/test';

/** The review pane beside the body: findings, marks and sign-off. */
export class ReviewPane {
  readonly pane: Locator;
  readonly findings: Locator;
  readonly state: Locator;
  readonly reviewer: Locator;
  /** "N verified · N to check · …" under the findings' heading. */
  readonly summary: Locator;
  /** The question asked before signing off over open "Needs check" marks. */
  readonly openChecksQuestion: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByRole('complementary', { name: 'Review' });
    this.findings = this.pane.locator('li.finding');
    this.state = this.pane.locator('.review-state');
    this.reviewer = this.pane.getByLabel('Reviewer');
    this.summary = this.pane.locator('.review-summary');
    this.openChecksQuestion = this.pane.getByRole('alertdialog', { name: 'Sign off with open checks' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect(this.pane).toBeVisible();
  }

  /** The finding whose quote contains `words`. */
  finding(words: string): Locator {
    return this.findings.filter({ has: this.page.locator('.finding-quote', { hasText: words }) });
  }

  async mark(words: string, verdict: 'Verified' | 'Not a quote'): Promise<void> {
    await this.finding(words).getByRole('button', { name: verdict, exact: true }).click();
  }

  async markNeedsCheck(words: string, note: string): Promise<void> {
    const finding = this.finding(words);
    await finding.getByRole('button', { name: 'Needs check', exact: true }).click();
    await finding.getByLabel('What to check').fill(note);
    await finding.getByRole('button', { name: 'Save note' }).click();
  }

  /** The Remove mark button of the finding whose quote contains `words`. */
  removeButton(words: string): Locator {
    return this.finding(words).getByRole('button', { name: 'Remove mark' });
  }

  /** The message after a mark is removed, with its Undo. */
  get removedNotice(): Locator {
    return this.pane.getByRole('status').filter({ hasText: 'Removed' });
  }

  get undo(): Locator {
    return this.removedNotice.getByRole('button', { name: 'Undo' });
  }

  async signOff(): Promise<void> {
    await this.pane.getByRole('button', { name: 'Sign off' }).click();
  }

  async returnToEditor(note: string): Promise<void> {
    await this.pane.getByRole('button', { name: 'Return to editor' }).click();
    await this.pane.getByLabel('Note to the editor').fill(note);
    await this.pane.getByRole('button', { name: 'Send back' }).click();
  }
}
