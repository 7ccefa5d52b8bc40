// The table scripts/build-server.mjs compiles in from app/api/**/route.ts.
declare module "virtual:api-routes" {
  export const routes: Array<{ pattern: RegExp; params: string[]; module: Partial<Record<string, unknown>> }>;
}
