// Types for drop-silent-expectations.js, so the tests can import it.
/** Drops the expectation records that run only while expectations are silenced; throws on an unknown layout. */
export declare function dropSilentExpectations(source: string): string;
