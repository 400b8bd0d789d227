// Where each attribute lives in a MongoDB document: the `mapping` argument of toMongo.
import type { StoredType } from "../translate/stored-type.js";

/** A field holding one value or an array of values (dot path, e.g. `role.type`, `groupIDs`). */
export interface MongoField {
  field: string;
  type: StoredType;
}

/**
 * A multi-valued complex attribute: an array of embedded documents (`emails: [{ value, type, primary }]`),
 * with each sub-attribute's field inside the element.
 */
export interface MongoElements {
  field: string;
  subAttributes: Readonly<Record<string, MongoField>>;
}

export type MongoLocation = MongoField | MongoElements;

/** Fields under a prefix (`profile.<fieldID>`) as members of one embedded document. */
export interface MongoDynamicFields {
  field: string;
  type: StoredType;
  /** The stored keys, so that `profile.LEVEL` finds `Level`; other field ids are used as written. */
  fields?: readonly string[];
}

export interface MongoMapping {
  /** By attribute path as the schema documents it (case-insensitive), e.g. `name.givenName`, `emails`. */
  attributes: Readonly<Record<string, MongoLocation>>;
  /** By prefix, e.g. `profile`. */
  dynamic?: Readonly<Record<string, MongoDynamicFields>>;
}
