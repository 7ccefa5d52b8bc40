import { describe, expect, it } from "vitest";
import { offlineReply } from "./offline";
import { pluralForm, registerTemplate, renderTemplate, TemplateError } from "./templates";

registerTemplate("test.report", {
  en: `{{name}} solved {{passed}} of {{total}} {{plural total "test|tests"}}.
{{#if missing}}Missing: {{#each missing}}{{this}}{{#if last}}{{/if}}; {{/each}}{{else}}All requirements met.{{/if}}
{{#each steps}}{{@index}}. {{this.title}}
{{/each}}`,
  ru: `{{name}} решил {{passed}} из {{total}} {{plural total "теста|тестов|тестов"}}.
{{#if missing}}Не хватает: {{#each missing}}{{this}}; {{/each}}{{else}}Все требования выполнены.{{/if}}`,
});

describe("templates", () => {
  it("writes the same facts in English and Russian", () => {
    const facts = { name: "Anna", passed: 3, total: 5, missing: ["Docker", "Kafka"], steps: [{ title: "Parse" }, { title: "Score" }] };
    expect(renderTemplate("test.report", facts, "en")).toBe("Anna solved 3 of 5 tests.\nMissing: Docker; Kafka; \n1. Parse\n2. Score");
    expect(renderTemplate("test.report", facts, "ru")).toBe("Anna решил 3 из 5 тестов.\nНе хватает: Docker; Kafka;");
  });

  it("takes the else branch for empty lists", () => {
    const text = renderTemplate("test.report", { name: "Ivan", passed: 1, total: 1, missing: [], steps: [] }, "en");
    expect(text).toBe("Ivan solved 1 of 1 test.\nAll requirements met.");
  });

  it("chooses Russian plural forms", () => {
    const forms = ["год", "года", "лет"];
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => pluralForm(n, forms, "ru"))).toEqual(["год", "года", "лет", "лет", "год", "года", "лет", "лет"]);
  });

  it("refuses a template that uses a fact it was not given", () => {
    expect(() => renderTemplate("test.report", { name: "A", passed: 1 }, "en")).toThrow(TemplateError);
    expect(() => renderTemplate("no.such", {}, "en")).toThrow(/unknown template/);
  });

  it("does not execute or expand facts", () => {
    const text = renderTemplate("test.report", { name: "{{passed}} <script>", passed: 0, total: 2, missing: [], steps: [] }, "en");
    expect(text.startsWith("{{passed}} <script> solved 0 of 2 tests.")).toBe(true);
  });
});

describe("offline reply", () => {
  const conversation = [
    { role: "system" as const, content: "Lesson: Python lists keep items in order. Dictionaries map keys to values.\n\nSets hold unique items." },
    { role: "assistant" as const, content: "Ask me anything about the lesson." },
    { role: "user" as const, content: "How do dictionaries work?" },
  ];

  it("says it is the offline assistant and quotes what relates to the question", () => {
    const text = offlineReply(conversation);
    expect(text).toMatch(/^Offline assistant: no AI provider is configured/);
    expect(text).toContain("> Lesson: Python lists keep items in order. Dictionaries map keys to values.");
    expect(text).not.toContain("Sets hold unique items");
  });

  it("answers in Russian to a Russian message and names a fallback's reason", () => {
    const text = offlineReply([{ role: "user", content: "Привет, как дела?" }], { fallbackReason: "timeout" });
    expect(text).toBe("AI-провайдер сейчас недоступен (timeout), поэтому отвечает офлайн-ассистент.");
  });

  it("is deterministic", () => {
    expect(offlineReply(conversation)).toBe(offlineReply(conversation));
  });
});
