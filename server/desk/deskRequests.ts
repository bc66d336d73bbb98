// The newsroom's desk over HTTP, beside Hocuspocus's WebSocket on the same port: every request
// carries a member's invitation token (`Authorization: Bearer`), every input is checked with the
// schemas a desktop also uses (src/newsroom/deskMessages.ts), and every refusal comes back as
// `{ "error": reason }` with a status a desktop can act on (401 token, 403 role, 404 unknown,
// 409 changed since synced, 400 bad input).
import type { Hocuspocus } from '@hocuspocus/server';
import type { IncomingMessage } from 'node:http';
import { DESK_PATHS, newsroomLogQuerySchema, newsroomSendRequestSchema, type DestinationsReply } from '../../src/newsroom/deskMessages';
import { sendRefusalOf } from '../../src/newsroom/roles';
import { hashToken, type Member, type NewsroomStore } from '../store/store';
import { DeskRequestError, type NewsroomDesk } from './sendFromNewsroom';

/** An answer: the HTTP status and the JSON body. */
export type DeskAnswer = Readonly<{ status: number; body: unknown }>;

const INVALID_TOKEN = 'This invitation token is not valid (revoked, or never issued).';

/** The most a request body may hold: a send request is a few hundred bytes. */
const MAX_BODY = 16 * 1024;

/** Whether `url` is one of the desk's paths (the caller answers it with handleDeskRequest). */
export function isDeskRequest(url: string | undefined): boolean {
  const path = new URL(url ?? '/', 'http://server').pathname;
  return (Object.values(DESK_PATHS) as string[]).includes(path);
}

/** The member a request's bearer token names, or null. */
export async function memberOf(store: NewsroomStore, request: IncomingMessage): Promise<Member | null> {
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  return token === undefined ? null : store.memberByTokenHash(hashToken(token));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > MAX_BODY) throw new DeskRequestError(413, 'The request is too large.');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new DeskRequestError(400, 'The request is not JSON.');
  }
}

function checked<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new DeskRequestError(400, `The request's ${issue.path.map(String).join('.') || 'body'} ${issue.message}.`);
}

/** Answers one of the desk's requests; throws only when the server itself failed. */
export async function handleDeskRequest(store: NewsroomStore, desk: NewsroomDesk, hocuspocus: Hocuspocus, request: IncomingMessage): Promise<DeskAnswer> {
  try {
    const member = await memberOf(store, request);
    if (!member) return { status: 401, body: { error: INVALID_TOKEN } };
    const url = new URL(request.url ?? '/', 'http://server');
    if (url.pathname === DESK_PATHS.destinations && request.method === 'GET') return { status: 200, body: { destinations: await store.destinations(), sendRefusal: sendRefusalOf(member.role) } satisfies DestinationsReply };
    if (url.pathname === DESK_PATHS.log && request.method === 'GET') {
      return { status: 200, body: { entries: await store.sentLog(checked(newsroomLogQuerySchema.safeParse(Object.fromEntries(url.searchParams)))) } };
    }
    if (url.pathname === DESK_PATHS.send && request.method === 'POST') {
      return { status: 200, body: await desk.send(hocuspocus, member, checked(newsroomSendRequestSchema.safeParse(await readJson(request)))) };
    }
    return { status: 405, body: { error: `${request.method} is not how ${url.pathname} is used.` } };
  } catch (error) {
    if (error instanceof DeskRequestError) return { status: error.status, body: { error: error.message } };
    throw error;
  }
}
