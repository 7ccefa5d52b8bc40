export { db, sql, closeDb, pingDb, type Db } from "./client";
export { Prisma } from "./generated/client";
export { Role } from "./generated/enums";
export type { User, Company, AuthSession } from "./generated/client";
