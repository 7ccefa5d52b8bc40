// The table scripts/build-server.mjs compiles in from app/api/**/route.ts.
declare module "virtual:api-routes" {
  type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
  export const routes: Array<{ pattern: RegExp; params: string[]; module: Partial<Record<string, Handler>> }>;
}
