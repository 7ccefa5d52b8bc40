import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { Call, Res } from "./helpers/accounts";

// Shared by the resume API tests: files, uploads, vacancies, waiting for the background analysis.

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/resumes");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

export function uploadForm(bytes: Uint8Array, name: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name, { type: "application/octet-stream" }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

export async function upload(call: Call, token: string, bytes: Uint8Array, name: string, fields: Record<string, string> = {}): Promise<Res> {
  return call("POST", "/api/v1/resumes/upload", { token, body: uploadForm(bytes, name, fields) });
}

export async function createVacancy(call: Call, token: string, body: Record<string, unknown>): Promise<{ id: string; code: string }> {
  const res = await call("POST", "/api/vacancies/create", { token, json: { status: "open", language: "en", ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.vacancy_id, code: res.body.vacancy?.code ?? body.code };
}

/** Reads the resume until its status is one of `statuses` (the background job's work), at most `seconds`. */
export async function waitForStatus(call: Call, token: string, id: string, statuses: string[], seconds = 90): Promise<Res> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const res = await call("GET", `/api/v1/resumes/${id}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (statuses.includes(res.body.status)) return res;
    if (Date.now() > deadline) throw new Error(`resume ${id} still ${res.body.status} after ${seconds} s`);
    // Once a second: the rate limit (100 a minute per user) counts these reads too.
    await new Promise((r) => setTimeout(r, 1000));
  }
}
