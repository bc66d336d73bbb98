// The loopback host against DNS rebinding: a web page that points its own name at 127.0.0.1
// reaches the host with its own name as Host and its own Origin, and can read every page the
// host serves. Each refusal is checked with raw HTTP requests, headers as an attacker sends them.
import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';

interface Reply {
  status: number;
  body: string;
}

/** One HTTP request to the host with exactly these headers (Node sends the Host it is given). */
function send(url: string, method: string, path: string, headers: Record<string, string>, body = ''): Promise<Reply> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const tokenOf = (entry: string) => /#token=([0-9a-f]+)$/.exec(entry)![1];
const portOf = (url: string) => new URL(url).port;

test('a request addressed to any name but the loopback ones with the host’s port is refused before it is read', async ({ host }) => {
  const port = portOf(host.url);
  const token = tokenOf(host.entry);
  const createStory = JSON.stringify({ fields: { headline: 'Planted by a web page' } });
  for (const name of [`rebound.example:${port}`, `127.0.0.1:${Number(port) + 1}`, '127.0.0.1', `localhost.example:${port}`]) {
    const page = await send(host.url, 'GET', '/', { host: name });
    expect(page.status, name).toBe(403);
    expect(page.body).toContain(`answers only to 127.0.0.1:${port} or localhost:${port}`);
    const call = await send(host.url, 'POST', '/api/createStory', { host: name, 'content-type': 'application/json', 'x-galley-token': token }, createStory);
    expect(call.status, name).toBe(403);
  }
  const listed = await send(host.url, 'POST', '/api/listStories', { host: `localhost:${port}`, 'x-galley-token': token }, '{}');
  expect(listed.status).toBe(200);
  expect(JSON.parse(listed.body).value.total).toBe(0);
});

test('a call from a page of another origin is refused even with the right Host and token', async ({ host }) => {
  const port = portOf(host.url);
  const token = tokenOf(host.entry);
  const body = JSON.stringify({ fields: { headline: 'Planted by a web page' } });
  for (const origin of ['http://rebound.example', `http://rebound.example:${port}`, `http://127.0.0.1:${Number(port) + 1}`, 'null']) {
    const call = await send(host.url, 'POST', '/api/createStory', { host: `127.0.0.1:${port}`, origin, 'x-galley-token': token }, body);
    expect(call.status, origin).toBe(403);
    expect(call.body).toContain(`requests from ${origin} are not accepted`);
  }
  const own = await send(host.url, 'POST', '/api/createStory', { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'x-galley-token': token }, body);
  expect(JSON.parse(own.body)).toMatchObject({ ok: true });
});

test('no page the host serves carries its token: only the URL it prints does, in the fragment', async ({ host }) => {
  const port = portOf(host.url);
  const token = tokenOf(host.entry);
  expect(host.entry).toBe(`${host.url}#token=${token}`);
  for (const path of ['/', '/index.html', '/galley-host.js']) {
    const served = await send(host.url, 'GET', path, { host: `127.0.0.1:${port}` });
    expect(served.status, path).toBe(200);
    expect(served.body, path).not.toContain(token);
  }
  const withoutToken = await send(host.url, 'POST', '/api/listStories', { host: `127.0.0.1:${port}` }, '{}');
  expect(withoutToken.status).toBe(403);
});

test('a window opened without the printed URL cannot call the services; one opened with it can, and its routes still work', async ({ browser, host }) => {
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(host.url);
  await expect(stranger.getByText('wrong token').first()).toBeVisible();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.entry);
  await expect(page).toHaveURL(`${host.url}#/`);
  const id = await page.evaluate(async () => {
    const created = await window.galley.createStory({ fields: { headline: 'Opened from the printed URL' } });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.id;
  });
  const second = await context.newPage();
  await second.goto(`${host.url}#/story/${id}`);
  await expect(second.locator('textarea[name="headline"]')).toHaveValue('Opened from the printed URL');
});
