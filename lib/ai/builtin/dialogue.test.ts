import { describe, expect, it } from "vitest";
import { nextTurn, type Plan } from "./dialogue";

const plan: Plan = {
  id: "resume",
  slots: [
    { id: "role", question: { en: "What is your current role?", ru: "Какая у вас сейчас должность?" }, required: true },
    {
      id: "experience",
      question: { en: "Where have you worked, and when?", ru: "Где и когда вы работали?" },
      required: true,
      expects: ["has_date"],
      minWords: 3,
    },
    {
      id: "achievement",
      question: { en: "What is your best result at work?", ru: "Каким результатом на работе вы гордитесь?" },
      expects: ["has_number"],
      minWords: 4,
    },
    { id: "hobby", question: { en: "Any hobbies?", ru: "Есть ли хобби?" } },
  ],
};

describe("dialogue plans", () => {
  it("asks the first slot's question in the interview's language", () => {
    expect(nextTurn(plan, [], "en")).toMatchObject({ done: false, slotId: "role", kind: "question", text: "What is your current role?" });
    expect(nextTurn(plan, [], "ru").text).toBe("Какая у вас сейчас должность?");
  });

  it("moves to the next slot once an answer is complete", () => {
    const t = nextTurn(plan, [{ slotId: "role", answer: "Backend developer" }], "en");
    expect(t).toMatchObject({ slotId: "experience", kind: "question", progress: { filled: 1, total: 4 } });
    expect(t.filled.role.answer).toBe("Backend developer");
    expect(t.remaining).toEqual(["experience"]);
  });

  it("follows up on an answer without dates (en and ru)", () => {
    const en = nextTurn(plan, [
      { slotId: "role", answer: "Backend developer" },
      { slotId: "experience", answer: "I worked at Yandex on the search backend" },
    ], "en");
    expect(en).toMatchObject({ slotId: "experience", kind: "follow_up", reason: "has_date" });
    expect(en.text).toMatch(/dates/);

    const ru = nextTurn(plan, [
      { slotId: "role", answer: "Бэкенд-разработчик" },
      { slotId: "experience", answer: "Работал в Яндексе над поиском" },
    ], "ru");
    expect(ru).toMatchObject({ kind: "follow_up", reason: "has_date" });
    expect(ru.text).toMatch(/даты/);
  });

  it("accepts dates in many shapes, including Russian ranges", () => {
    for (const answer of ["Yandex, March 2019 to present", "Яндекс, 2018 — н.в.", "Ozon, backend, 03.2017-05.2019", "Сбер, с января по май", "Avito for three years"]) {
      const t = nextTurn(plan, [{ slotId: "role", answer: "Developer at work" }, { slotId: "experience", answer }], "en");
      expect(t.slotId, answer).toBe("achievement");
    }
  });

  it("follows up on a result without numbers, and combines the answers", () => {
    const history = [
      { slotId: "role", answer: "Backend developer" },
      { slotId: "experience", answer: "Yandex since 2019" },
      { slotId: "achievement", answer: "I made the search much faster for users" },
    ];
    const ask = nextTurn(plan, history, "ru");
    expect(ask).toMatchObject({ slotId: "achievement", kind: "follow_up", reason: "has_number" });
    expect(ask.text).toMatch(/цифрами/);
    const after = nextTurn(plan, [...history, { slotId: "achievement", answer: "latency went down by 40%" }], "en");
    expect(after.slotId).toBe("hobby");
    expect(after.filled.achievement).toEqual({
      answer: "I made the search much faster for users\nlatency went down by 40%",
      skipped: false,
      missing: [],
    });
  });

  it("asks a too-short answer to elaborate", () => {
    const t = nextTurn(plan, [{ slotId: "role", answer: "Dev" }, { slotId: "experience", answer: "Ozon" }], "en");
    // Both short and dateless: the missing date is the more useful question.
    expect(t.reason).toBe("has_date");
    const short = nextTurn(plan, [{ slotId: "role", answer: "Dev" }, { slotId: "experience", answer: "Ozon 2020" }], "en");
    expect(short).toMatchObject({ kind: "follow_up", reason: "too_short", text: "Could you tell a little more about that?" });
  });

  it("asks a follow-up once, then accepts the answer and notes what is missing", () => {
    const t = nextTurn(plan, [
      { slotId: "role", answer: "Backend developer" },
      { slotId: "experience", answer: "I worked at Yandex on search" },
      { slotId: "experience", answer: "I do not remember exactly" },
    ], "en");
    expect(t.slotId).toBe("achievement");
    expect(t.filled.experience.missing).toEqual(["has_date"]);
  });

  it("lets optional slots be skipped but not required ones", () => {
    const required = nextTurn(plan, [{ slotId: "role", answer: "skip" }], "en");
    expect(required).toMatchObject({ slotId: "role", kind: "follow_up", reason: "skipped_required" });
    const done = nextTurn(plan, [
      { slotId: "role", answer: "Backend developer" },
      { slotId: "experience", answer: "Yandex from 2019 to 2023" },
      { slotId: "achievement", answer: "пропустить" },
      { slotId: "hobby", answer: "нет" },
    ], "ru");
    expect(done.done).toBe(true);
    expect(done.filled.achievement.skipped).toBe(true);
    expect(done.progress).toEqual({ filled: 4, total: 4 });
  });

  it("is deterministic", () => {
    const history = [{ slotId: "role", answer: "Backend developer" }, { slotId: "experience", answer: "Yandex" }];
    expect(nextTurn(plan, history, "en")).toEqual(nextTurn(plan, history, "en"));
  });
});
