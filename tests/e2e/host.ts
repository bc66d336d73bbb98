// The loopback test host (DESIGN.md, "The test seam"): serves the built renderer on 127.0.0.1
// and answers the contract over HTTP with the same services, validation and store worker the
// app uses. `npm run host -- --db FILE [--port N] [--empty] [--choose-folder DIR]` prints the URL.
// The system's folder chooser is a double: it "chooses" --choose-folder's DIR, or is cancelled.
//
// Any web page the user visits can reach 127.0.0.1 by rebinding its own name to it, so the host
// trusts nothing a request says about where it comes from: it answers only requests addressed
// to the loopback names with its own port (a rebound name arrives as its own Host), refuses a
// foreign Origin, and its token travels only in the URL it prints, in the fragment, which a
// browser never sends: no page it serves carries it.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFile } from '../../main/app/protocols';
import { dispatch } from '../../main/services/dispatch';
import { assetFolderOf, serveAsset } from '../../main/services/assets';
import { seedSamples } from '../../main/services/samples';
import { openOutboxWorker } from '../../main/services/desk/outboxFiles';
import { openWirePool } from '../../main/services/desk/wirePool';
import { createServices } from '../../main/services/services';
import { ownerOnlyFileSecrets } from '../../main/services/newsroom/secretStore';
import { openStoreWorker } from '../../main/store/storeClient';

/** The largest request body accepted: a 20 MB body plus JSON overhead. */
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

const outRoot = join(__dirname, '..');
const rendererRoot = join(outRoot, 'renderer');
const samplesFolder = join(__dirname, '..', '..', 'assets', 'samples');

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        resolve(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(body);
}

async function sendResponse(response: ServerResponse, web: Response): Promise<void> {
  response.writeHead(web.status, Object.fromEntries(web.headers.entries()));
  response.end(Buffer.from(await web.arrayBuffer()));
}

/** Why a request is refused before anything reads it, or null when it may be answered. */
function refusalOf(request: IncomingMessage, port: number): string | null {
  const ours = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!ours.includes(request.headers.host ?? '')) return `Refused: this host answers only to ${ours.join(' or ')}.`;
  const origin = request.headers.origin;
  if (origin !== undefined && !ours.some((name) => origin === `http://${name}`)) return `Refused: requests from ${origin} are not accepted.`;
  return null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string', default: '0' }, empty: { type: 'boolean', default: false }, 'choose-folder': { type: 'string' } },
  });
  if (!values.db) {
    console.error('usage: host --db FILE [--port N] [--empty] [--choose-folder DIR]');
    process.exit(2);
  }
  const store = await openStoreWorker(values.db, join(outRoot, 'main', 'storeWorker.cjs')).catch((error: Error) => {
    console.error(`host: ${error.message}`);
    process.exit(1);
  });
  const assetFolder = assetFolderOf(values.db);
  if (!values.empty) await seedSamples(store, samplesFolder, assetFolder);
  // Relative, so it resolves against the page's own origin like the rest of the renderer.
  const wirePool = openWirePool(join(outRoot, 'main', 'wireWorker.cjs'));
  wirePool.warm();
  const outboxFiles = openOutboxWorker(join(outRoot, 'main', 'outboxWorker.cjs'));
  const chosenFolder = values['choose-folder'] ?? null;
  const handlers = createServices(store, { folder: assetFolder, baseUrl: './asset/' }, { renderer: wirePool, files: outboxFiles }, { chooseFolder: async () => chosenFolder }, {
    library: values.db,
    secrets: ownerOnlyFileSecrets,
    background: {},
  });
  const token = randomBytes(24).toString('hex');

  let port = 0;
  const server = createServer(async (request, response) => {
    const refused = refusalOf(request, port);
    if (refused) return sendJson(response, 403, { ok: false, error: { code: 'invalid-input', message: refused } });
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    try {
      if (request.method === 'POST' && url.pathname.startsWith('/api/')) {
        if (request.headers['x-galley-token'] !== token) return sendJson(response, 403, { ok: false, error: { code: 'invalid-input', message: 'Refused: wrong token.' } });
        const text = await readBody(request);
        if (text === null) return sendJson(response, 413, { ok: false, error: { code: 'invalid-input', message: 'Refused: the request is larger than 64 MB.' } });
        let input: unknown;
        try {
          input = JSON.parse(text);
        } catch {
          return sendJson(response, 400, { ok: false, error: { code: 'invalid-input', message: 'Refused: the request is not JSON.' } });
        }
        return sendJson(response, 200, await dispatch(handlers, url.pathname.slice('/api/'.length), input));
      }
      if (request.method !== 'GET') return sendJson(response, 405, { ok: false, error: { code: 'invalid-input', message: 'Method not allowed.' } });
      if (url.pathname.startsWith('/asset/')) return sendResponse(response, await serveAsset(assetFolder, url.pathname.slice('/asset/'.length)));
      if (url.pathname === '/galley-host.js') {
        return sendResponse(response, new Response(await readFile(join(__dirname, 'galley-host.js')), { headers: { 'content-type': 'text/javascript' } }));
      }
      if (url.pathname === '/' || url.pathname === '/index.html') {
        const page = await serveFile(rendererRoot, '/index.html');
        const html = (await page.text()).replace('<script', `<script src="./galley-host.js"></script>\n    <script`);
        return sendResponse(response, new Response(html, { headers: page.headers }));
      }
      return sendResponse(response, await serveFile(rendererRoot, url.pathname));
    } catch (error) {
      sendJson(response, 500, { ok: false, error: { code: 'internal', message: (error as Error).message } });
    }
  });

  server.listen(Number(values.port), '127.0.0.1', () => {
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : Number(values.port);
    console.log(`Galley test host on http://127.0.0.1:${port}/#token=${token} (library ${values.db})`);
  });
  const stop = () => {
    server.close();
    // The background sync first: it may be writing a sync's outcome to the store.
    void handlers
      .close()
      .then(() => Promise.all([store.close(), wirePool.close()]))
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
