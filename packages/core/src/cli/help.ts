export const HELP = `scim-filter — parse, check, format, URL-encode and run SCIM 2.0 filters (RFC 7644 §3.4.2.2)

Usage:
  scim-filter parse <filter>                 print the filter's AST as JSON
  scim-filter format <filter>                print the canonical filter text
  scim-filter encode <filter>                print the URL-encoded value for filter=
  scim-filter validate <filter>              check the filter against a schema; print diagnostics
  scim-filter match <filter> --users <file>  print the ids of the users the filter matches
  scim-filter explain <filter> --user <file> print why one user matches or not, as a tree
  scim-filter sql <filter>                   print { sql, params }: the filter as a WHERE condition (Postgres, SQLite)
  scim-filter mongo <filter>                 print the filter as a MongoDB query document
  scim-filter <command> --stdin              read one filter per line; print one JSON object per line

Options:
  --schema <name>       validate, match, explain, sql, mongo, format --documented: scim (RFC 7643 core User, the default), staffbase (the Staffbase User API) or none
  --schema-file <file>  validate, match, explain: a SCIM server's GET /Schemas response (JSON) instead
  --users <file>        match: a JSON array of users, or a GET /api/users envelope ({ "data": [...] })
  --user <file>         explain: one user as a JSON object (e.g. GET /api/users/{id})
  --dialect <name>      sql: postgres (default) or sqlite
  --mapping <file>      sql, mongo: where each attribute is stored (JSON; default: the documented layout for the
                        schema: RFC 7643's, or Staffbase's with --schema staffbase)
  --url <base>          encode: print a full users URL, e.g. --url https://app.staffbase.com/api
  --limit <n>           encode --url: add limit=<n>
  --offset <n>          encode --url: add offset=<n>
  --indent <n>          format: break and/or chains over lines, indented by n spaces
  --documented          format: spell attribute names as the schema documents them
  --stdin               read filters from standard input, one per line (blank lines are skipped)
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 ok (warnings allowed; explain: whether the user matches or not), 1 invalid filter
(messages with line, column and a caret), 2 usage error.

Examples:
  scim-filter parse 'staffbase.status eq "activated" and staffbase.role eq "admin"'
  scim-filter validate 'userName eq "bjensen" and emails[type eq "work"]'
  scim-filter validate --schema staffbase 'staffbase.role eq "superuser"'
  scim-filter encode --url https://app.staffbase.com/api '(externalId pr and not (password pr))'
  scim-filter match --schema staffbase 'staffbase.role eq "admin"' --users users.json
  scim-filter explain --schema staffbase 'staffbase.role eq "admin"' --user user.json
  scim-filter explain --schema-file schemas.json 'emails[type eq "work"]' --user user.json
  scim-filter sql 'userName eq "bjensen" and active eq true' --dialect sqlite
  scim-filter sql --schema staffbase 'staffbase.role eq "admin"'
  scim-filter mongo --schema scim 'emails[type eq "work"]' --mapping mapping.json
  cat filters.txt | scim-filter validate --stdin
`;
