/** The wire formats' public surface: one export call over every format, and the import entry point. */
import type { Story } from '../story/story';
import { exportToAnpa } from './anpa';
import { exportToHtml } from './html';
import { exportToIptc7901 } from './iptc7901';
import { exportToNewsml } from './newsml';
import { exportToNinjs } from './ninjs';
import { exportToNitf } from './nitf';
import { exportToText } from './text';
import type { ExportOptions, ExportResult, WireFormat } from './types';

export * from './types';
export { detectImportFormat, importDocument, MAX_IMPORT_CHARACTERS } from './detect';
export { importPastedCopy } from './pasteCopy';

export interface FormatInfo {
  /** What the desk reads in the export dialog. */
  label: string;
  /** File extension without the dot. */
  extension: string;
  mediaType: string;
}

/** Per format: how it is named, saved and served. Exporters return the same extension and media type. */
export const FORMAT_INFO: Readonly<Record<WireFormat, FormatInfo>> = {
  nitf: { label: 'NITF 3.6', extension: 'xml', mediaType: 'application/nitf+xml' },
  newsml: { label: 'NewsML-G2 2.35', extension: 'xml', mediaType: 'application/vnd.iptc.g2.newsitem+xml' },
  ninjs: { label: 'ninjs 3.1', extension: 'json', mediaType: 'application/json' },
  iptc7901: { label: 'IPTC 7901', extension: 'iptc', mediaType: 'text/plain; charset=iso-8859-1' },
  anpa: { label: 'ANPA-1312', extension: 'anpa', mediaType: 'text/plain; charset=us-ascii' },
  html: { label: 'HTML page', extension: 'html', mediaType: 'text/html; charset=utf-8' },
  text: { label: 'Plain text', extension: 'txt', mediaType: 'text/plain; charset=utf-8' },
  json: { label: 'Galley JSON (backup)', extension: 'json', mediaType: 'application/json' },
};

/**
 * Galley's own format: the whole Story, ednote included, because it is a backup and a
 * hand-over between Galley libraries, never something sent to the wire.
 */
function exportToGalleyJson(story: Story): ExportResult {
  const text = `${JSON.stringify(story, null, 2)}\n`;
  const { extension, mediaType } = FORMAT_INFO.json;
  return { format: 'json', text, bytes: new TextEncoder().encode(text), extension, mediaType, losses: [] };
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

/** The story in one format. Deterministic: the same story and options give the same bytes. */
export function exportStory(story: Story, format: WireFormat, options: ExportOptions = {}): ExportResult {
  return EXPORTERS[format](story, options);
}
