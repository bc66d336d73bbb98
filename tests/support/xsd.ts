import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XmlDocument, XsdValidator, type ErrorDetail } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

/**
 * XML Schema validation with libxml2 (the engine behind xmllint), in-process through
 * libxml2-wasm. Schemas come unmodified from ../shared/standards, the repository root's sibling
 * in every checkout and in CI. Compiling an XSD takes a while (the G2 schema is 6,000 lines), so
 * each validator is compiled once per test file and reused.
 */

/** The folder of official IPTC files: `<repo>/../shared/standards`. */
export const STANDARDS_DIR = path.resolve(__dirname, '../../..', 'shared/standards');

export const SCHEMAS = {
  nitf: path.join(STANDARDS_DIR, 'nitf/nitf-3-6.xsd'),
  /** Imports the G2 and NITF schemas together so NITF inside `inlineXML` is checked strictly. */
  newsmlWithNitf: path.join(STANDARDS_DIR, 'newsml-g2/LOCAL_G2-2.35-plus-NITF-3.6-wrapper.xsd'),
} as const;

export interface XsdCheck {
  /** Validates one document; returns libxml2's messages, empty when the document is valid. */
  validate(xml: string): string[];
  dispose(): void;
}

let providersRegistered = false;

/** Compiles the schema at `schemaPath` (its includes and imports are read from disk). */
export function loadXsd(schemaPath: string): XsdCheck {
  if (!existsSync(schemaPath)) throw new Error(`Schema not found: ${schemaPath}. The wire tests need ../shared/standards beside the repository.`);
  if (!providersRegistered) providersRegistered = xmlRegisterFsInputProviders();
  const schemaDoc = XmlDocument.fromString(readFileSync(schemaPath, 'utf8'), { url: schemaPath });
  const validator = XsdValidator.fromDoc(schemaDoc);
  return {
    validate(xml: string): string[] {
      let doc: XmlDocument;
      try {
        doc = XmlDocument.fromString(xml);
      } catch (error) {
        return [`not well-formed: ${describe(error)}`];
      }
      try {
        validator.validate(doc);
        return [];
      } catch (error) {
        return describe(error).split('\n');
      } finally {
        doc.dispose();
      }
    },
    dispose(): void {
      validator.dispose();
      schemaDoc.dispose();
    },
  };
}

function describe(error: unknown): string {
  const details = (error as { details?: ErrorDetail[] }).details;
  if (details?.length) return details.map((d) => `line ${d.line}: ${d.message.trim()}`).join('\n');
  return error instanceof Error ? error.message : String(error);
}
