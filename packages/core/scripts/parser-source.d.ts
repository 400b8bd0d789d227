// Types for parser-source.js, so TypeScript (the generated-parser test) can import it.
export declare const grammarPath: string;
export declare const parserPath: string;
export declare const declarationsPath: string;
/** The parser's JavaScript source, generated from src/grammar/filter.peggy. */
export declare function generateParserSource(): string;
/** The parser's type declarations. */
export declare const parserDeclarations: string;
