import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('../..', import.meta.url));

/** Launches the built app on its own library and profile folder. */
function launch(dir: string) {
  return electron.launch({
    args: [appDir, `--user-data-dir=${join(dir, 'profile')}`],
    env: { ...process.env, GALLEY_DB: join(dir, 'library.galley') },
  });
}

test('create a story, type, quit, relaunch, and it is there', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'galley-electron-'));
  try {
    let app = await launch(dir);
    let page = await app.firstWindow();
    await page.getByRole('button', { name: 'New story' }).click();
    await page.locator('textarea[name="headline"]').fill('Written in the real app');
    await page.getByRole('textbox', { name: 'Story body' }).click();
    await page.keyboard.type('Typed into Electron.');
    await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
    await app.close();

    app = await launch(dir);
    page = await app.firstWindow();
    await page.getByRole('button', { name: 'Written in the real app' }).click();
    await expect(page.getByRole('textbox', { name: 'Story body' })).toContainText('Typed into Electron.');
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
