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

  /** Double-clicks `word` in the body, as a person selects a word to type over it. */
  async selectWord(word: string): Promise<void> {
    const box = await this.body.evaluate((body, word) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = new RegExp(`\\b${word}\\b`).exec(node.textContent ?? '')?.index;
        if (at === undefined) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const { x, y, width, height } = range.getBoundingClientRect();
        return { x: x + width / 2, y: y + height / 2 };
      }
      throw new Error(`"${word}" is not in the body`);
    }, word);
    await this.page.mouse.dblclick(box.x, box.y);
  }

  /** Waits for the autosave that follows the last keystroke. */
  async waitForSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved');
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('button', { name: '← Library' }).click();
  }
}
