import type { Locator, Page } from '@playwright/test';

/** The library view, as a person sees it. */
export class LibraryPage {
  readonly search: Locator;
  readonly rows: Locator;
  readonly statusFilter: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search stories' });
    this.rows = page.locator('tr.story-row');
    this.statusFilter = page.getByLabel('Filter by status');
  }

  async newStory(): Promise<void> {
    await this.page.getByRole('button', { name: 'New story', exact: true }).click();
    await this.page.getByRole('main', { name: 'Story' }).waitFor();
  }

  row(headline: string): Locator {
    return this.rows.filter({ hasText: headline });
  }

  async open(headline: string): Promise<void> {
    await this.row(headline).getByRole('button').click();
    await this.page.getByRole('main', { name: 'Story' }).waitFor();
  }
}
