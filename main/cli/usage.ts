/** A mistake in how the command was called: exit status 2 and the usage text. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: galley <command> [options]

  list [--status S] [--json]                 stories, most recently changed first
  search QUERY [--json]                      full-text search, best match first
  show ID [--json]                           a story, with word count and body text
  import FILE... [--json]                    .txt/.md copy, NITF, NewsML-G2, ninjs
  status ID STATUS                           draft | edited | ready | sent | killed
  export ID... --format F --out DIR          F: nitf newsml ninjs iptc7901 anpa html text json
  backup FILE                                an online backup of the library

Options:
  --db FILE      the library to use (default: GALLEY_DB, then the app's own library)
  --json         print one JSON document on stdout
  -h, --help     this text

Exit status: 0 done, 1 failed (the reason on stderr, nothing half-written), 2 usage error.`;
