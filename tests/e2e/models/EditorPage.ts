import { expect, type Locator, type Page } from '@playwright/test';

/** The body editor of an open story: toolbar, link popover, figures. */
export class EditorPage {
  readonly body: Locator;
  readonly toolbar: Locator;
  readonly figures: Locator;
  readonly photoInput: Locator;
  /** Words the spelling check underlines in the body. */
  readonly misspelt: Locator;

  constructor(readonly page: Page) {
    this.body = page.getByRole('textbox', { name: 'Story body' });
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    this.figures = this.body.locator('figure.figure');
    this.photoInput = page.getByLabel('Choose photos');
    this.misspelt = this.body.locator('.misspelt');
  }

  /** A toolbar button by its label ("Bold", "Pull quote"); its accessible name also carries the shortcut. */
  button(label: string): Locator {
    return this.toolbar.getByRole('button', { name: new RegExp(`^${label} \\(`) });
  }

  /** Right-clicks an underlined word and returns its spelling menu. */
  async openSpellingMenu(word: string): Promise<Locator> {
    await this.misspelt.filter({ hasText: word }).click({ button: 'right' });
    const menu = this.page.getByRole('menu', { name: `Spelling: ${word}` });
    await expect(menu).toBeVisible();
    return menu;
  }

  async typeAtEnd(text: string): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  /** Pastes as a person would with Ctrl+V: a ClipboardEvent carrying the given clipboard types. */
  async paste(data: Record<string, string>): Promise<void> {
    await this.body.focus();
    await this.body.evaluate((element, items) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, data);
  }
}
