// Typed errors of the SQL and MongoDB translators: a filter they cannot translate exactly is refused,
// never answered differently from compileFilter.

export type TranslationErrorCode =
  /** The mapping says nothing about where an attribute lives. */
  | "unmapped-attribute"
  /** The engine cannot express the filter's meaning exactly (e.g. a case-insensitive order on non-ASCII text). */
  | "unsupported"
  /** A value the engine cannot store or pass (a NUL character, a lone UTF-16 surrogate). */
  | "unrepresentable-value";

export class TranslationError extends Error {
  override readonly name: string = "TranslationError";
  readonly code: TranslationErrorCode;
  /** The attribute path as the filter writes it, when the error concerns one. */
  readonly attribute: string | undefined;

  constructor(code: TranslationErrorCode, message: string, attribute?: string) {
    super(message);
    this.code = code;
    this.attribute = attribute;
  }
}

/** An attribute the mapping does not place: its `attribute` names it as the filter writes it. */
export class UnmappedAttributeError extends TranslationError {
  override readonly name = "UnmappedAttributeError";

  constructor(attribute: string) {
    super("unmapped-attribute", `The mapping does not say where attribute ${attribute} is stored`, attribute);
  }
}
