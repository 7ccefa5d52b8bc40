import { describe, expect, it } from "vitest";
import { stemEnglish } from "./stem-en";
import { stemRussian } from "./stem-ru";
import { detectLocale, terms, words } from "./text";

describe("stemming", () => {
  it("brings Russian word forms to one stem", () => {
    const forms = ["программист", "программисты", "программиста", "программистами", "программистов"];
    expect(new Set(forms.map(stemRussian))).toEqual(new Set(["программист"]));
    expect(stemRussian("разработчики")).toBe(stemRussian("разработчик"));
    expect(stemRussian("тестирование")).toBe(stemRussian("тестировании"));
    expect(stemRussian("базами")).toBe(stemRussian("базы"));
    expect(stemRussian("ёлка")).toBe(stemRussian("елки"));
  });

  it("keeps short Russian roots whole", () => {
    expect(stemRussian("опыт")).toBe("опыт");
    expect(stemRussian("опытом")).toBe("опыт");
  });

  it("brings English word forms to one stem", () => {
    const forms = ["developers", "developer", "developing", "developed", "development"];
    expect(new Set(forms.map(stemEnglish))).toEqual(new Set(["develop"]));
    expect(stemEnglish("databases")).toBe(stemEnglish("database"));
    expect(stemEnglish("hoping")).toBe(stemEnglish("hoped"));
    expect(stemEnglish("running")).toBe("run");
    expect(stemEnglish("status")).toBe("status");
  });

  it("stems English by Porter2, keeping unrelated words apart", () => {
    // The old hand-written stemmer cut these to "app" and "ear" and split family/families.
    expect(stemEnglish("apply")).toBe("appli");
    expect(stemEnglish("applied")).toBe(stemEnglish("apply"));
    expect(stemEnglish("apply")).not.toBe(stemEnglish("app"));
    expect(stemEnglish("early")).toBe("earli");
    expect(stemEnglish("early")).not.toBe(stemEnglish("ear"));
    expect(stemEnglish("families")).toBe(stemEnglish("family"));
    expect(stemEnglish("Generously")).toBe("generous");
    expect(stemEnglish("developer's")).toBe("develop");
  });

  it("tokenises mixed text, keeping tech names and dropping stop words", () => {
    expect(words("Senior C++ и Node.js разработчик, 5 лет")).toEqual(["senior", "c++", "и", "node.js", "разработчик", "5", "лет"]);
    expect(terms("the developers и программисты")).toEqual(["develop", "программист"]);
  });

  it("tells Russian from English by the letters", () => {
    expect(detectLocale("Расскажите о своём опыте с Python")).toBe("ru");
    expect(detectLocale("Tell me about your Python experience")).toBe("en");
  });
});
