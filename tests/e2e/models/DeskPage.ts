import type { Locator, Page } from '@playwright/test';

/** The desk's dialogs and panels, as a person sees them. */
export class DeskPage {
  readonly readiness: Locator;
  readonly sendDialog: Locator;
  readonly sentLog: Locator;

  constructor(readonly page: Page) {
    this.readiness = page.getByRole('region', { name: 'Readiness' });
    this.sendDialog = page.getByRole('dialog', { name: 'Send' });
    this.sentLog = page.getByRole('dialog', { name: 'Sent log' });
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

  /** Sends from an open Send dialog to `destination` and waits until the batch is done. */
  async send(destination: string, correctionNote = ''): Promise<void> {
    await this.sendDialog.getByLabel('Destination').selectOption(destination);
    if (correctionNote) await this.sendDialog.getByLabel(/Correction note/).fill(correctionNote);
    await this.sendDialog.getByRole('button', { name: /^Send \d+ stor/ }).click();
    await this.sendDialog.getByRole('button', { name: 'Cancel' }).waitFor({ state: 'detached' });
  }

  outcome(id: string): Locator {
    return this.sendDialog.locator(`li[data-story-id="${id}"]`);
  }
}
