import { expect, type Locator, type Page } from '@playwright/test';

/** The desk's dialogs and panels, as a person sees them. */
export class DeskPage {
  readonly readiness: Locator;
  readonly sendDialog: Locator;
  readonly sentLog: Locator;
  readonly killDialog: Locator;
  /** The batch's counts line: "3 of 12 · 3 sent · 0 skipped". */
  readonly sendCounts: Locator;

  constructor(readonly page: Page) {
    this.readiness = page.getByRole('region', { name: 'Readiness' });
    this.sendDialog = page.getByRole('dialog', { name: 'Send' });
    this.sentLog = page.getByRole('dialog', { name: 'Sent log' });
    this.killDialog = page.getByRole('dialog', { name: 'Kill story' });
    this.sendCounts = this.sendDialog.locator('.send-counts');
  }

  /** Adds a destination through Settings (opened from the library). */
  async addDestination(name: string, folder: string, formats: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings' }).click();
    const settings = this.page.getByRole('dialog', { name: 'Settings' });
    const form = settings.getByRole('form', { name: 'Add a destination' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Outbox folder (absolute path)').fill(folder);
    await form.getByRole('checkbox', { name: 'NITF 3.6' }).uncheck();
    for (const format of formats) await form.getByRole('checkbox', { name: format }).check();
    await form.getByRole('button', { name: 'Add destination' }).click();
    await settings.locator(`[data-destination="${name}"]`).waitFor();
    await settings.getByRole('button', { name: 'Close settings' }).click();
  }

  /**
   * Sends from an open Send dialog to `destination` and waits until the batch is done: every
   * story counted, or stopped. (Waiting for Cancel to go is not enough: it may not have come yet.)
   */
  async send(destination: string, correctionNote = ''): Promise<void> {
    await this.startSend(destination, correctionNote);
    await expect(this.sendCounts).toHaveText(/^(\d+) of \1 ·|cancelled/, { timeout: 20_000 });
    await expect(this.sendDialog.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  }

  /** Starts a send from an open Send dialog and returns while it runs. */
  async startSend(destination: string, correctionNote = ''): Promise<void> {
    await this.sendDialog.getByLabel('Destination').selectOption(destination);
    if (correctionNote) await this.sendDialog.getByLabel(/Correction note/).fill(correctionNote);
    await this.sendDialog.getByRole('button', { name: /^Send (\d+ stor|correction)/ }).click();
  }

  /** Cancels the running batch. */
  async cancelSend(): Promise<void> {
    await this.sendDialog.getByRole('button', { name: 'Cancel' }).click();
  }

  /** Opens the sent log from the open view (library or story); its rows, newest first. */
  async openSentLog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Sent log' }).click();
    return this.sentLog.locator('tr.sent-row');
  }

  /** Kill… on the open story, with a reason, confirmed; waits for the notices' outcome. */
  async killStory(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Kill…' }).click();
    await this.killDialog.getByLabel(/Reason/).fill(reason);
    await this.killDialog.getByRole('button', { name: 'Send kill notice…' }).click();
    await this.killDialog.getByRole('button', { name: 'Yes, kill the story' }).click();
    await this.killDialog.getByRole('list', { name: 'Kill notices' }).waitFor();
  }

  outcome(id: string): Locator {
    return this.sendDialog.locator(`li[data-story-id="${id}"]`);
  }
}
