// @scim-filter/core/mongo: filters as MongoDB query documents. No driver: pass the document to yours.
export type { MongoOptions, MongoQuery } from "./to-mongo.js";
export { toMongo } from "./to-mongo.js";
export type { MongoDynamicFields, MongoElements, MongoField, MongoLocation, MongoMapping } from "./mapping.js";
export type { StoredType } from "../translate/stored-type.js";
export type { TranslationErrorCode } from "../translate/errors.js";
export { TranslationError, UnmappedAttributeError } from "../translate/errors.js";
export { scimMongoMapping, staffbaseMongoMapping } from "./mappings.js";
