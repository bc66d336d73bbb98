/** Hocuspocus reports an error's `reason` to the client (and closes with its `code`). */
export class Refusal extends Error {
  constructor(
    readonly reason: string,
    readonly code = 4403,
  ) {
    super(reason);
  }
}

/** Why a change or a story could not be taken or stored while the newsroom's database fails (down, restarting, refusing writes). */
export const DATABASE_UNREACHABLE =
  "The newsroom server's database is not answering just now; your changes are kept on your desktop and go out once it is.";

/** Why a story cannot be opened on an instance that has lost Redis, which joins it to the others. */
export const RELAY_UNREACHABLE =
  'This newsroom server cannot reach the other servers just now (Redis is away); try again shortly. Nothing was lost.';

/** The close code for a refusal that is nobody's fault and passes: try again later. */
export const TRY_AGAIN_LATER = 4503;
