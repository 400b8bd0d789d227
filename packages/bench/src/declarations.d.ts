declare module "scim-query-filter-parser" {
  const parser: { compileFilter: (filter: string) => (resource: unknown) => boolean };
  export default parser;
}

declare module "jsdom" {
  export class JSDOM {
    constructor(html: string, options?: { pretendToBeVisual?: boolean; url?: string });
    readonly window: Window & typeof globalThis;
  }
}
