/** Where the demo server serves core's RFC 7643 §8.7.1 example `GET /Schemas` response, for the app's download link. */
export const RFC7643_SCHEMAS_PATH = "/demo/schemas/rfc7643.json";
