/**
 * A clean standalone HTML page: one article, semantic elements only, everything escaped, no
 * scripts, no styles that fetch anything. For a reader's browser or a CMS paste, not the wire.
 */
import { formatDateline } from '../story/dateline';
import { isHttpUrl, type Story } from '../story/story';
import { bodyToHtml, escapeHtml } from './bodyHtml';
import { photoFileOf, photosLeftBehind } from './photos';
import { killLine } from './text';
import type { ExportOptions, ExportResult } from './types';
import { fileTypeOf, utf8Bytes } from './formats';

function element(tag: string, className: string, text: string): string {
  return text.trim() ? `<${tag} class="${className}">${escapeHtml(text.trim())}</${tag}>` : '';
}

function relatedHtml(story: Story): string {
  // The story schema admits only http(s); checked again because this string lands in an href.
  const links = story.related.filter((link) => isHttpUrl(link.url));
  if (links.length === 0) return '';
  const items = links.map((link) => `<li><a href="${escapeHtml(link.url)}">${escapeHtml(link.title.trim() || link.url)}</a></li>`);
  return ['<aside class="related">', '<h2>Related</h2>', '<ul>', ...items, '</ul>', '</aside>'].join('\n');
}

function noticesHtml(story: Story, options: ExportOptions): string[] {
  const notices: string[] = [];
  if (options.kill) notices.push(element('p', 'kill', killLine(options.kill.note)));
  if (story.embargo) notices.push(`<p class="embargo">Embargoed until <time datetime="${escapeHtml(story.embargo)}">${escapeHtml(story.embargo)}</time></p>`);
  if (options.correction) notices.push(element('p', 'correction', `Correction: ${options.correction.note}`));
  return notices;
}

/** The story as a UTF-8 HTML5 page. The ednote is never written. */
export function exportToHtml(story: Story, options: ExportOptions = {}): ExportResult {
  const dateline = formatDateline(story.dateline);
  const datelineHtml = dateline
    ? story.dateline.date
      ? `<p class="dateline"><time datetime="${escapeHtml(story.dateline.date)}">${escapeHtml(dateline)}</time></p>`
      : element('p', 'dateline', dateline)
    : '';
  const credit = story.credit.line.trim() || story.credit.source.trim();
  const lines = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(story.language)}">`,
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(story.headline.trim() || story.slug)}</title>`,
    '</head>',
    '<body>',
    '<article>',
    '<header>',
    ...noticesHtml(story, options),
    element('h1', 'headline', story.headline),
    element('p', 'standfirst', story.standfirst),
    element('p', 'byline', story.byline),
    '</header>',
    datelineHtml,
    bodyToHtml(story.body, { assetUrl: (src) => photoFileOf(options, src)?.fileName ?? src }),
    relatedHtml(story),
    credit ? `<footer>\n${element('p', 'credit', credit)}\n</footer>` : '',
    '</article>',
    '</body>',
    '</html>',
  ];
  const text = `${lines.filter(Boolean).join('\n')}\n`;
  return { format: 'html', text, bytes: utf8Bytes(text), ...fileTypeOf('html'), losses: photosLeftBehind(story.body, options, 'HTML page') };
}
