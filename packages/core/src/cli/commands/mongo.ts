import { scimMongoMapping, staffbaseMongoMapping } from "../../mongo/mappings.js";
import { toMongo } from "../../mongo/to-mongo.js";
import { readMongoMapping } from "../mapping-file.js";
import type { Command } from "./command.js";
import { chooseMapping, translated } from "./translated.js";

/** Prints the filter as a MongoDB query document for the mapping's document shape. */
export const mongoCommand: Command = {
  run: (text, context) => {
    const mapping = chooseMapping(context, readMongoMapping, { staffbase: staffbaseMongoMapping, scim: scimMongoMapping });
    return translated(text, (filter) => toMongo(filter, mapping, context.schema === undefined ? {} : { schema: context.schema }));
  },
};
