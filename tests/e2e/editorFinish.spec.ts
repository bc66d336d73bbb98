// The editor's finish (issue 23): nothing cut off, covered or scrolled sideways with every pane
// open; notices inside the window; the keyboard's ways through a story.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './models/EditorPage';

const SAMPLE_WITH_LINKS = 'City council approves budget';

/** The story's scrolling columns and bars: none may scroll sideways. */
const PANELS = ['.toolbar', '.fields', '.body-pane', '.editor-toolbar', '.find-bar', '.history-panel', '.review-pane'];

/**
 * What a person cannot reach on screen: panels wider inside than out, a page taller than the
 * window, and controls whose centre is under something else once scrolled to (the scroll of
 * their own column, never sideways). Then again with every column scrolled to its end, for what
 * sticks to the top of a column while the rest scrolls under it.
 */
function findHidden(page: Page, panels: string[]): Promise<string[]> {
  return page.evaluate((selectors) => {
    const problems: string[] = [];
    const nameOf = (el: Element) => `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}"`;
    for (const selector of selectors) {
      for (const panel of document.querySelectorAll(selector)) {
        if (panel.scrollWidth > panel.clientWidth) problems.push(`${selector} scrolls sideways: ${panel.scrollWidth} px in ${panel.clientWidth} px`);
      }
    }
    const root = document.documentElement;
    if (root.scrollHeight > window.innerHeight) problems.push(`the page is ${root.scrollHeight} px tall in a ${window.innerHeight} px window`);

    const story = document.querySelector('main[aria-label="Story"]')!;
    // A date or time field lays its parts out in its own box, a picker shows its choice in its own:
    // too narrow, and the last letters are cut.
    for (const input of story.querySelectorAll<HTMLInputElement>('input[type="date"], input[type="datetime-local"], input[type="time"], select')) {
      const shown = input.getBoundingClientRect().width;
      input.style.width = 'max-content';
      const needed = input.getBoundingClientRect().width;
      input.style.width = '';
      if (needed > shown + 0.5) problems.push(`${nameOf(input)} (${input.name}) is cut off: ${Math.round(needed)} px wide in ${Math.round(shown)} px`);
    }
    const controls = [...story.querySelectorAll<HTMLElement>('button, input, select, textarea, [role="tab"]')].filter((el) => {
      const box = el.getBoundingClientRect();
      // Visually hidden on purpose (a skip link until it has focus, a file input behind its button).
      return box.width > 2 && box.height > 2 && getComputedStyle(el).visibility !== 'hidden';
    });
    const covered = (el: HTMLElement) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !hit || !(el === hit || el.contains(hit) || [...((el as HTMLInputElement).labels ?? [])].some((label) => label.contains(hit)));
    };
    const describe = (el: HTMLElement) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return `${nameOf(el)} is covered by ${hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing (off the window)'}`;
    };
    for (const el of controls) {
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      if (covered(el)) problems.push(describe(el));
    }
    for (const selector of selectors) for (const panel of document.querySelectorAll(selector)) panel.scrollTop = panel.scrollHeight;
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      let shown = box.top >= 0 && box.bottom <= window.innerHeight;
      for (let node = el.parentElement; node && shown; node = node.parentElement) {
        const overflow = getComputedStyle(node).overflowY;
        if (overflow !== 'auto' && overflow !== 'scroll') continue;
        const port = node.getBoundingClientRect();
        shown = box.top + box.height / 2 > port.top && box.top + box.height / 2 < port.bottom;
      }
      if (shown && covered(el)) problems.push(`scrolled to the end: ${describe(el)}`);
    }
    return [...new Set(problems)];
  }, panels);
}

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${width}x${height}`, () => {
    test.use({ hostArgs: [], viewport: { width, height } });

    test('with every pane open no control is covered, cut off or scrolled sideways', async ({ page, library }) => {
      await library.open(SAMPLE_WITH_LINKS);
      await page.getByRole('button', { name: 'History', exact: true }).click();
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await page.keyboard.press('ControlOrMeta+f');
      await expect(page.getByRole('heading', { name: 'Quotes and claims' })).toBeVisible();
      await expect(page.getByLabel('Related link 2 URL')).toBeVisible();
      expect(await findHidden(page, PANELS)).toEqual([]);
    });
  });
}

test.describe('notices', () => {
  test.use({ hostArgs: [], viewport: { width: 1280, height: 800 } });

  test('“Revision saved.” sits inside the window and fades; a click in the review pane never scrolls the page', async ({ page, library }) => {
    await library.open(SAMPLE_WITH_LINKS);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.keyboard.press('ControlOrMeta+s');
    const saved = page.getByRole('status').filter({ hasText: 'Revision saved.' });
    await expect(saved).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(800);
    await page.getByRole('button', { name: 'Needs check' }).last().click();
    expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollTop])).toEqual([0, 0]);
    // It fades after a few seconds and is gone, without a click.
    await expect(saved).toHaveCount(0, { timeout: 10_000 });
  });
});

test.describe('the spelling menu', () => {
  test.use({ hostArgs: [], viewport: { width: 1280, height: 800 } });

  test('opens beside the word, inside the window, and nothing scrolls sideways', async ({ page, library }) => {
    await library.open(SAMPLE_WITH_LINKS);
    const editor = new EditorPage(page);
    const word = editor.misspelt.filter({ hasText: 'Haddad' }).first();
    const menu = await editor.openSpellingMenu('Haddad');
    const [wordBox, menuBox] = [(await word.boundingBox())!, (await menu.boundingBox())!];
    expect(Math.abs(menuBox.x - wordBox.x)).toBeLessThan(8);
    expect(menuBox.y - (wordBox.y + wordBox.height)).toBeGreaterThanOrEqual(0);
    expect(menuBox.y - (wordBox.y + wordBox.height)).toBeLessThan(12);
    expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(1280);
    expect(await findHidden(page, ['.body-pane', '.fields'])).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
  });
});

test('the fields: two sources by name, a language Galley spells, the slug as the desk writes it, a writing area', async ({ page, library, storyPage }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  const profile = page.getByRole('form', { name: 'Readiness profile' });
  await profile.getByLabel('Slugs are written').selectOption({ label: 'in lower case' });
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByRole('status')).toHaveText('Readiness profile saved.');
  await page.keyboard.press('Escape');
  await library.newStory();
  const editor = new EditorPage(page);
  await expect(editor.body).toHaveAttribute('data-placeholder', 'Write the story here…');
  expect(await editor.body.evaluate((body) => [getComputedStyle(body, '::before').content, getComputedStyle(body).borderTopStyle])).toEqual(['"Write the story here…"', 'dashed']);

  await page.getByLabel('Dateline source').fill('AFP');
  await page.getByLabel('Credit source').fill('Reuters');
  await expect(page.getByLabel('Source', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Language').locator('option')).toHaveText(['English, US spelling', 'English, UK spelling']);
  await page.getByLabel('Language').selectOption('en-GB');
  // Urgency is chosen, never typed out of range.
  await expect(page.getByLabel('Urgency').locator('option')).toHaveCount(9);
  await page.getByLabel('Urgency').selectOption('2');
  await storyPage.slug.fill('Flood Wall: Council VOTE');
  await storyPage.slug.press('Tab');
  await expect(storyPage.slug).toHaveValue('flood-wall-council-vote');

  await editor.typeAtEnd('Now there is text.');
  await expect(editor.body).not.toHaveAttribute('data-placeholder');
  await expect(editor.body).not.toHaveClass(/body-empty/);
  await storyPage.waitForSaved();
  const id = page.url().split('/').pop()!;
  const story = await page.evaluate((storyId) => window.galley.getStory({ id: storyId }), id);
  expect(story).toMatchObject({ ok: true, value: { slug: 'flood-wall-council-vote', language: 'en-GB', urgency: 2, dateline: { source: 'AFP' }, credit: { source: 'Reuters' } } });
});

test.describe('the outbox folder', () => {
  test.use({ hostArgs: ['--empty', '--choose-folder', '/srv/wire/outbox'] });

  test('is chosen with Browse…, through the system’s folder chooser', async ({ page, library }) => {
    void library;
    await page.getByRole('button', { name: 'Settings' }).click();
    const form = page.getByRole('dialog', { name: 'Settings' }).getByRole('form', { name: 'Add a destination' });
    await form.getByRole('button', { name: 'Browse…' }).click();
    await expect(form.getByLabel('Outbox folder (absolute path)')).toHaveValue('/srv/wire/outbox');
  });
});

test('focus: a new story starts in the headline; dialogs start on their first field and give focus back; tabs follow the arrows', async ({ page, library, storyPage }) => {
  await library.newStory();
  await expect(storyPage.headline).toBeFocused();

  const preview = page.getByRole('button', { name: 'Preview', exact: true });
  await preview.click();
  const dialog = page.getByRole('dialog', { name: 'Preview' });
  const tabs = dialog.getByRole('tab');
  await expect(tabs.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.locator('pre')).toContainText('<newsItem');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  // One Tab stop for the whole row.
  await expect(tabs.nth(1)).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(preview).toBeFocused();

  await storyPage.backToLibrary();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
});

test('focus: from the fields to the body in one step; Escape leaves focus mode, then closes History', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await page.getByLabel('Byline').fill('By Ana Ruiz');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: /^Go to the body/ });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(editor.body).toBeFocused();

  await storyPage.headline.focus();
  await page.keyboard.press('ControlOrMeta+Alt+b');
  await expect(editor.body).toBeFocused();

  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.keyboard.press('ControlOrMeta+Shift+f');
  await expect(page.getByRole('form', { name: 'Story fields' })).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Story fields' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'History' })).toBeHidden();
});
