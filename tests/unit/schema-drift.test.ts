import { describe, expect, it } from "vitest";
import { schemaDiffSql } from "@/lib/db/dev/schema-diff";

describe("prisma/migrations", () => {
  it("produce exactly the schema in prisma/schema.prisma (else run `npm run db:diff <name>`)", async () => {
    expect(await schemaDiffSql()).toBe("");
  }, 60_000);
});
