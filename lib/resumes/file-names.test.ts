import { describe, expect, it } from "vitest";
import { displayFileName, generatedResumeName } from "./file-names";

describe("resume file names", () => {
  it("generates seed 004's stored name from the time and a random tail", () => {
    const name = generatedResumeName("pdf", new Date("2024-01-01T12:00:00Z"));
    expect(name).toMatch(/^resume_20240101_120000_[0-9a-f]{4}\.pdf$/);
  });

  it.each([
    ["../../x.pdf", "x.pdf"],
    ["C:\\Users\\ada\\cv.docx", "cv.docx"],
    ["..", "resume.pdf"],
    ["", "resume.pdf"],
    ["cv\u202Efdp.exe", "cvfdp.exe"],
    ["line\nbreak.pdf", "linebreak.pdf"],
    ["Резюме  Иванова.pdf", "Резюме Иванова.pdf"],
  ])("keeps %j as %j", (input, expected) => {
    expect(displayFileName(input, "resume.pdf")).toBe(expected);
  });

  it("cuts very long names to 255 characters", () => {
    expect(displayFileName(`${"a".repeat(400)}.pdf`, "x")).toHaveLength(255);
  });
});
