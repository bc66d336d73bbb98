import type { Locator, Page } from '@playwright/test';

/** A file as a test hands it to the page: name, MIME type and bytes. */
export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** File › Import, drops on the library, New story from copy, and the story view's Export. */
export class ImportExportPage {
  readonly fileInput: Locator;
  readonly dropZone: Locator;
  readonly copyDialog: Locator;
  readonly exportDialog: Locator;
  readonly checkThese: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.getByLabel('Files to import');
    this.dropZone = page.getByRole('region', { name: 'Drop files to import' });
    this.copyDialog = page.getByRole('dialog', { name: 'New story from copy' });
    this.exportDialog = page.getByRole('dialog', { name: 'Export story' });
    this.checkThese = page.getByRole('list', { name: 'Check these' });
  }

  /** The import's outcome or failure, as the notice bar says it. */
  notice(text: string | RegExp): Locator {
    return this.page.locator('.notice').filter({ hasText: text });
  }

  async chooseFiles(files: TestFile[] | string[]): Promise<void> {
    await this.fileInput.setInputFiles(files);
  }

  /** What a drag from the desktop does: dragenter shows the drop zone, drop imports. */
  async dragFilesIn(files: TestFile[]): Promise<void> {
    const payload = files.map((file) => ({ name: file.name, type: file.mimeType, bytes: [...file.buffer] }));
    await this.page.evaluate((items) => {
      const transfer = new DataTransfer();
      for (const item of items) transfer.items.add(new File([new Uint8Array(item.bytes)], item.name, { type: item.type }));
      (window as unknown as { __drop: DataTransfer }).__drop = transfer;
      document.querySelector('main')!.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, payload);
  }

  async drop(): Promise<void> {
    await this.page.evaluate(() => {
      const transfer = (window as unknown as { __drop: DataTransfer }).__drop;
      document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    });
  }

  async newStoryFromCopy(copy: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New story from copy' }).click();
    await this.copyDialog.getByLabel('Agency copy').fill(copy);
    await this.copyDialog.getByRole('button', { name: 'Create story' }).click();
    await this.page.getByRole('main', { name: 'Story' }).waitFor();
  }

  /** Opens Export…, picks the format and saves into the folder the test host's folder chooser picks. */
  async exportAs(formatLabel: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Export…' }).click();
    await this.saveAs(formatLabel);
  }

  /** In the open Export dialog: picks the format, saves, and waits for the dialog to say what it wrote. */
  async saveAs(formatLabel: string): Promise<void> {
    await this.exportDialog.getByLabel('Format', { exact: true }).selectOption({ label: formatLabel });
    await this.exportDialog.getByRole('button', { name: 'Save to folder…' }).click();
    await this.notice(/^Saved /).waitFor();
  }
}
