import type { WireFormat } from './types';

export interface FormatInfo {
  /** What the desk reads in the export dialog. */
  label: string;
  /**
   * File extension without the leading dot. Distinct per format, so one story exported in
   * every format to one folder gives one file each (NITF and NewsML-G2 are both XML).
   */
  extension: string;
  mediaType: string;
  /** Whether the format shows photos (naming each photo's file beside it); the others carry none. */
  carriesPictures: boolean;
}

/** Per format: how it is named, saved and served. The one place these are written down. */
export const FORMAT_INFO: Readonly<Record<WireFormat, FormatInfo>> = {
  nitf: { label: 'NITF 3.6', extension: 'nitf.xml', mediaType: 'application/nitf+xml', carriesPictures: true },
  newsml: { label: 'NewsML-G2 2.35', extension: 'g2.xml', mediaType: 'application/vnd.iptc.g2.newsitem+xml', carriesPictures: true },
  ninjs: { label: 'ninjs 3.1', extension: 'ninjs.json', mediaType: 'application/json', carriesPictures: true },
  iptc7901: { label: 'IPTC 7901', extension: 'iptc', mediaType: 'text/plain; charset=iso-8859-1', carriesPictures: false },
  anpa: { label: 'ANPA-1312', extension: 'anpa', mediaType: 'text/plain; charset=us-ascii', carriesPictures: false },
  html: { label: 'HTML page', extension: 'html', mediaType: 'text/html; charset=utf-8', carriesPictures: true },
  text: { label: 'Plain text', extension: 'txt', mediaType: 'text/plain; charset=utf-8', carriesPictures: false },
  // A backup keeps each photo as its asset id; the photos travel with a library backup instead.
  json: { label: 'Galley JSON (backup)', extension: 'galley.json', mediaType: 'application/json', carriesPictures: false },
};

/** The extension and media type an exporter puts on its result. */
export function fileTypeOf(format: WireFormat): Pick<FormatInfo, 'extension' | 'mediaType'> {
  const { extension, mediaType } = FORMAT_INFO[format];
  return { extension, mediaType };
}

const utf8 = new TextEncoder();

/** The UTF-8 bytes of a rendered file; one encoder for every export rather than one per call. */
export function utf8Bytes(text: string): Uint8Array {
  return utf8.encode(text);
}
