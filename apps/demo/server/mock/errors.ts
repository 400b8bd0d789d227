// Error bodies in the envelope Staffbase's API uses (../shared/staffbase-api.md §3; mock decision 9).
import { randomUUID } from "node:crypto";

export interface ApiErrorBody {
  traceId: string;
  type: string;
  ref: string;
  statusCode: number;
  message: string;
  identifier: number;
  /** Mock-only: where a bad filter is wrong. */
  details?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: string,
    readonly ref: string,
    readonly identifier: number,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): ApiErrorBody {
    const body: ApiErrorBody = { traceId: randomUUID(), type: this.type, ref: this.ref, statusCode: this.statusCode, message: this.message, identifier: this.identifier };
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}

/** Copied from a live probe of the real API (AE). */
export const notLoggedIn = () => new ApiError(401, "NotLoggedInException", "ERROR_LOGIN_REQUIRED", 40102, "This end point requires authentication.");
export const badRequest = (message: string, details?: Record<string, unknown>) => new ApiError(400, "BadRequestException", "ERROR_BAD_REQUEST", 40000, message, details);
export const invalidFilter = (message: string, details: Record<string, unknown>) => new ApiError(400, "BadRequestException", "ERROR_INVALID_FILTER", 40001, message, details);
export const notFound = (message: string) => new ApiError(404, "NotFoundException", "ERROR_NOT_FOUND", 40401, message);
export const methodNotAllowed = (method: string) => new ApiError(405, "MethodNotAllowedException", "ERROR_METHOD_NOT_ALLOWED", 40501, `${method} is not supported here: the mock is read-only (GET).`, undefined, { allow: "GET" });
export const notAcceptable = (accept: string) => new ApiError(406, "NotAcceptableException", "ERROR_NOT_ACCEPTABLE", 40601, `Unsupported media type in Accept: ${accept}`);
export const uriTooLong = () => new ApiError(414, "UriTooLongException", "ERROR_URI_TOO_LONG", 41401, "The request line is longer than 8 KB.");
export const tooManyRequests = (retryAfterSeconds: number) =>
  new ApiError(429, "TooManyRequestsException", "ERROR_TOO_MANY_REQUESTS", 42901, "Too many requests: try again later.", undefined, { "retry-after": String(retryAfterSeconds) });
