// Schema validation of every file before it is sent: NITF and NewsML-G2 against the IPTC XSDs
// (libxml2, the engine behind xmllint, in-process through libxml2-wasm), ninjs against its JSON
// Schema (ajv). The schemas ship in assets/schemas (see its NOTICE.md), never ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { WireFormat } from '../src/wire/types';

/** Checks one rendered file; returns what is wrong with it, empty when it is valid. */
export type FormatValidator = (text: string) => string[];

export interface Validators {
  /** The validator for a format, or undefined for formats that have no schema (7901, ANPA, HTML, text). */
  forFormat(format: WireFormat): FormatValidator | undefined;
}

const MAX_MESSAGES = 5;

/**
 * The shipped schemas: `assets/schemas` above this module, whether it runs from source (tests)
 * or bundled in out/ (app, CLI, test host). Found by walking up rather than a fixed `../..`
 * because the bundle and the source sit at different depths.
 */
export function findSchemasFolder(start: string = moduleFolder()): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const candidate = join(folder, 'assets', 'schemas');
    if (existsSync(join(candidate, 'NOTICE.md'))) return candidate;
    if (dirname(folder) === folder) throw new Error(`Galley's wire schemas (assets/schemas) were not found above ${start}. The installation is incomplete.`);
  }
}

/** This module's folder; under an ES-module runner (tsx) there is no __dirname, and the repository root is the working directory. */
function moduleFolder(): string {
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

const cache = new Map<string, Promise<Validators>>();

/** The validators over `folder`, compiled once per process: the G2 schema alone takes a while to compile. */
export function loadValidators(folder: string = findSchemasFolder()): Promise<Validators> {
  let loaded = cache.get(folder);
  if (!loaded) {
    loaded = compileValidators(folder);
    cache.set(folder, loaded);
    loaded.catch(() => cache.delete(folder));
  }
  return loaded;
}

async function compileValidators(folder: string): Promise<Validators> {
  const xsd = await xsdCompiler();
  // Compiled on first use: the G2 schema alone takes half a second, and a destination may not take G2.
  const compilers: Partial<Record<WireFormat, () => FormatValidator>> = {
    nitf: () => xsd(join(folder, 'nitf', 'nitf-3-6.xsd')),
    // The plain G2 schema checks inlineXML laxly; the wrapper imports NITF too, so the embedded NITF is checked strictly.
    newsml: () => xsd(join(folder, 'newsml-g2', 'LOCAL_G2-2.35-plus-NITF-3.6-wrapper.xsd')),
    ninjs: () => compileNinjs(folder),
  };
  const compiled = new Map<WireFormat, FormatValidator>();
  return {
    forFormat(format) {
      const compile = compilers[format];
      if (!compile) return undefined;
      if (!compiled.has(format)) compiled.set(format, compile());
      return compiled.get(format);
    },
  };
}

function compileNinjs(folder: string): FormatValidator {
  const read = (name: string) => JSON.parse(readFileSync(join(folder, 'ninjs', name), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // ninjs $refs GeoJSON by URL; no network is reachable (or wanted), so it is added from disk.
  ajv.addSchema(read('GeoJSON-schema.json'));
  const check = ajv.compile(read('ninjs-schema_3.1.json'));
  return (text) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return [`not JSON: ${(error as Error).message}`];
    }
    if (check(value)) return [];
    return (check.errors ?? []).slice(0, MAX_MESSAGES).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  };
}

/**
 * libxml2-wasm is an ES module with top-level await, so it cannot be bundled into the CommonJS
 * builds: it is loaded with import() and kept external (scripts/build.mjs).
 */
async function xsdCompiler(): Promise<(schemaPath: string) => FormatValidator> {
  const { XmlDocument, XsdValidator } = await import('libxml2-wasm');
  const { xmlRegisterFsInputProviders } = await import('libxml2-wasm/lib/nodejs.mjs');
  // Lets libxml2 read the schema's includes and imports from disk; registering twice is harmless.
  xmlRegisterFsInputProviders();
  return (schemaPath) => {
    const schemaDoc = XmlDocument.fromString(readFileSync(schemaPath, 'utf8'), { url: schemaPath });
    const validator = XsdValidator.fromDoc(schemaDoc);
    return (text) => {
      let doc;
      try {
        // fromString copies the text in with Emscripten's JS-loop UTF-8 encoder; the native
        // TextEncoder plus fromBuffer halved the parse, which is most of a validation.
        doc = XmlDocument.fromBuffer(utf8.encode(text));
      } catch (error) {
        return [`not well-formed XML: ${describeXmlError(error)}`];
      }
      try {
        validator.validate(doc);
        return [];
      } catch (error) {
        return describeXmlError(error).split('\n').slice(0, MAX_MESSAGES);
      } finally {
        doc.dispose();
      }
    };
  };
}

const utf8 = new TextEncoder();

function describeXmlError(error: unknown): string {
  const details = (error as { details?: { line: number; message: string }[] }).details;
  if (details?.length) return details.map((d) => `line ${d.line}: ${d.message.trim()}`).join('\n');
  return error instanceof Error ? error.message : String(error);
}
