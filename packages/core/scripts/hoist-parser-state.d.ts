// Types for hoist-parser-state.js, so the tests can import it.
/** Moves Peggy 5.1's per-call declarations out of peg$parse; throws on any other layout. */
export declare function hoistParserState(source: string): string;
