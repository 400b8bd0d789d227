// Types for class-tables.js, so the tests can import it.
/** Answers ASCII class tests from tables; throws when the regexes are not at module scope. */
export declare function addClassTables(source: string): string;
