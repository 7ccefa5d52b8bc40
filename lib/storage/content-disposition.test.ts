import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

describe("contentDisposition", () => {
  it("keeps a plain name as it is", () => {
    expect(contentDisposition("cv.pdf")).toBe(`attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`);
  });
  it("carries a Cyrillic name exactly and an ASCII stand-in", () => {
    const header = contentDisposition("Резюме.pdf");
    expect(header).toContain(`filename="______.pdf"`);
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe("Резюме.pdf");
  });
  it("cannot be broken by quotes or line breaks in the name", () => {
    const header = contentDisposition('a"b\r\nSet-Cookie: x.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
  });
});
