// Types for single-loop-bodies.js, so the tests can import it.
/** Writes each repetition's element once, in a `for (;;)` loop; throws when no loop has Peggy's layout. */
export declare function singleLoopBodies(source: string): string;
