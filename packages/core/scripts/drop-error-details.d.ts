// Types for drop-error-details.js, so the tests can import it.
/** Drops failure details src/parse/ never reads (line/column, class characters, found); throws on any other layout. */
export declare function dropErrorDetails(source: string): string;
