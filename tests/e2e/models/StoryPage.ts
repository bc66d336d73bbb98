import { expect, type Locator, type Page } from '@playwright/test';

/** One story open in the editor. */
export class StoryPage {
  readonly headline: Locator;
  readonly slug: Locator;
  readonly body: Locator;
  readonly saveState: Locator;

  constructor(readonly page: Page) {
    this.headline = page.locator('textarea[name="headline"]');
    this.slug = page.locator('input[name="slug"]');
    this.body = page.getByRole('textbox', { name: 'Story body' });
    this.saveState = page.locator('.save-state');
  }

  field(name: string): Locator {
    return this.page.locator(`[name="${name}"]`);
  }

  async typeBody(text: string): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  /** Waits for the autosave that follows the last keystroke. */
  async waitForSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved');
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('button', { name: '← Library' }).click();
  }
}
