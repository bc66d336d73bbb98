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
  import FILE... [--json]                    .txt/.md copy, NITF, NewsML-G2, ninjs, saved web
                                             pages (.html); photos beside the file or in its
                                             NAME_files folder become the figures' photos
  status ID STATUS                           draft | edited | ready; sent and corrected follow a send
                                             (export --destination), killed a kill; killed is final
  export ID... --format F --out DIR          F: nitf newsml ninjs iptc7901 anpa html text json;
                                             files named by slug, never written over: a name
                                             already taken gets -2, -3...; photos beside them
                                             (SLUG-photo-1.jpg...) in nitf newsml ninjs html
  export [ID...] [--status S] --destination NAME [--note TEXT]
                                             send as the desk does: checked, validated, sequence-
                                             numbered, logged; exit 1 if any story was refused;
                                             --note is the correction note for stories sent before
  destination add NAME --folder DIR --formats nitf,ninjs,... [--pattern '{slug}-{seq}.{ext}']
  destination list | destination remove NAME
  kill ID --reason TEXT [--json]             a kill notice to every destination and format the
                                             story went out in; the story is killed for good
  log ID [--json]                            the sent log of a story
  check ID [--json]                          readiness problems and the attribution report;
                                             exit 1 when not ready
  attributions FILE.txt [--json]             who said what in a plain text file (no library needed)
  backup FILE                                a complete backup (library and photos) in one
                                             file, checked, replacing only an older backup
  restore BACKUP --db NEW                    a new library (NEW and NEW.assets) from a backup;
                                             never replaces an existing library
  connect URL --token T                      connect this library to a newsroom server (the token is
                                             kept in LIBRARY.newsroom-token, readable by you only)
  sync [--json]                              bring the library in step with the newsroom; exit 1 with
                                             the reason when the server cannot be reached or refused
                                             something (nothing local is lost); conflicts are listed
  disconnect                                 forget the server and the token; the stories stay
  set ID FIELD VALUE                         headline standfirst byline slug ednote dateline.place
                                             dateline.date dateline.source credit.line credit.source
  append ID TEXT                             add a paragraph to the end of the body
  conflicts [--json]                         fields changed here and in the newsroom while apart,
                                             with both values, until set again
  discard ID                                 drop this library's changes to a story that the newsroom
                                             did not store (one it refused): back to its version

Options:
  --db FILE      the library to use (default: GALLEY_DB, then the app's own library)
  --json         print one JSON document on stdout
  -h, --help     this text

Exit status: 0 done, 1 failed (the reason on stderr, nothing half-written), 2 usage error.`;
