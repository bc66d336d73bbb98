/** The wire formats' public surface: one export call over every format, and the import entry point. */
import type { Story } from '../story/story';
import { exportToAnpa } from './anpa';
import { exportToHtml } from './html';
import { exportToIptc7901 } from './iptc7901';
import { exportToNewsml } from './newsml';
import { exportToNinjs } from './ninjs';
import { exportToNitf } from './nitf';
import { exportToText } from './text';
import { fileTypeOf, utf8Bytes } from './formats';
import type { ExportOptions, ExportResult, WireFormat } from './types';
import { withoutUnfinishedParts } from './unfinishedParts';

export * from './types';
export { detectImportFormat, importDocument, MAX_IMPORT_CHARACTERS } from './detect';
export { importPastedCopy } from './pasteCopy';

export { FORMAT_INFO, type FormatInfo } from './formats';

/**
 * Galley's own format: the whole Story, ednote included, because it is a backup and a
 * hand-over between Galley libraries, never something sent to the wire.
 */
function exportToGalleyJson(story: Story): ExportResult {
  const text = `${JSON.stringify(story, null, 2)}\n`;
  return { format: 'json', text, bytes: utf8Bytes(text), ...fileTypeOf('json'), losses: [] };
}

const EXPORTERS: Readonly<Record<WireFormat, (story: Story, options: ExportOptions) => ExportResult>> = {
  nitf: exportToNitf,
  newsml: exportToNewsml,
  ninjs: exportToNinjs,
  iptc7901: exportToIptc7901,
  anpa: exportToAnpa,
  html: exportToHtml,
  text: exportToText,
  json: exportToGalleyJson,
};

/**
 * The story in one format. Deterministic: the same story and options give the same bytes.
 * Galley's own JSON is a backup and keeps everything; the wire formats never see a figure
 * without its photo, a related title without its address or a figure's source note.
 */
export function exportStory(story: Story, format: WireFormat, options: ExportOptions = {}): ExportResult {
  if (format === 'json') return EXPORTERS.json(story, options);
  const finished = withoutUnfinishedParts(story);
  const result = EXPORTERS[format](finished.story, options);
  return finished.losses.length ? { ...result, losses: [...finished.losses, ...result.losses] } : result;
}
