// Types for drop-message-builder.js, so the tests can import it.
/** Replaces peg$SyntaxError's format() and buildMessage(); throws on any other layout. */
export declare function dropMessageBuilder(source: string): string;
