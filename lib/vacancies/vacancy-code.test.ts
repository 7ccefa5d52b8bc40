import { describe, expect, it } from "vitest";
import { codePrefix, nextCode } from "./vacancy-code";

describe("vacancy codes", () => {
  it("takes the title's first meaningful word, transliterated", () => {
    expect(codePrefix("Senior Backend Developer")).toBe("BACKEND");
    expect(codePrefix("Ведущий аналитик данных")).toBe("ANALITIK");
    expect(codePrefix("C++ engineer")).toBe("C");
    expect(codePrefix("Senior")).toBe("SENIOR");
    expect(codePrefix("!!!")).toBe("VACANCY");
  });

  it("numbers after the highest code of that prefix", () => {
    expect(nextCode("BACKEND", [])).toBe("BACKEND_001");
    expect(nextCode("BACKEND", ["BACKEND_001", "BACKEND_007", "BACKEND_X", "FRONTEND_009"])).toBe("BACKEND_008");
    expect(nextCode("QA", ["QA_999"])).toBe("QA_1000");
  });
});
