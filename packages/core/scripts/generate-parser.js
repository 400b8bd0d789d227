import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { declarationsPath, generateParserSource, parserDeclarations, parserPath } from "./parser-source.js";

mkdirSync(dirname(parserPath), { recursive: true });
writeFileSync(parserPath, generateParserSource());
writeFileSync(declarationsPath, parserDeclarations);
