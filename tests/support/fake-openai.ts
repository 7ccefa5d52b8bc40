import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP server speaking the OpenAI wire protocol, for tests and benchmarks: the `openai`
 * SDK (and raw fetch) talk to it over loopback exactly as to the real API.
 *
 *   POST /v1/chat/completions  non-streaming, or SSE when `stream: true` (`data: {chunk}\n\n`,
 *                              a usage chunk when stream_options.include_usage, `data: [DONE]`);
 *                              response_format json_schema is answered with `jsonReply`
 *   GET  /v1/models
 *
 * Each test scripts what the next requests get (`script(...)`): an error status (with
 * Retry-After), a stream that drops after N chunks, a slow answer, a given text. Every request
 * is recorded (method, path, headers, parsed body) for assertions.
 */
export type Behaviour =
  | { kind: "status"; status: number; retryAfter?: string; retryAfterMs?: number; message?: string }
  | { kind: "drop"; afterChunks?: number }
  | { kind: "slow"; delayMs: number; text?: string }
  | { kind: "text"; text: string };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export interface FakeOpenAI {
  /** Base URL to give the SDK, ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  /** Default answer text (split into word tokens when streamed). */
  replyText: string;
  /** Default answer to response_format json_schema requests. */
  jsonReply: unknown;
  /** When set, requests without `Authorization: Bearer <requiredKey>` get 401. */
  requiredKey?: string;
  model: string;
  /** Queue behaviours for the next requests, one each, in order. */
  script(...behaviours: Behaviour[]): void;
  /** Forget requests and scripted behaviours; restore defaults. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_TEXT = "Hello from the fake model.";

function tokenize(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [text];
}

function countTokens(body: any): number {
  const messages: Array<{ content?: string }> = Array.isArray(body?.messages) ? body.messages : [];
  return messages.reduce((n, m) => n + tokenize(String(m.content ?? "")).length + 3, 0);
}

export async function startFakeOpenAI(opts: { port?: number } = {}): Promise<FakeOpenAI> {
  const queue: Behaviour[] = [];
  const sockets = new Set<import("node:net").Socket>();
  let seq = 0;

  const fake: FakeOpenAI = {
    url: "",
    requests: [],
    replyText: DEFAULT_TEXT,
    jsonReply: { ok: true },
    requiredKey: undefined,
    model: "fake-gpt",
    script: (...behaviours) => queue.push(...behaviours),
    reset() {
      queue.length = 0;
      fake.requests.length = 0;
      fake.replyText = DEFAULT_TEXT;
      fake.jsonReply = { ok: true };
      fake.requiredKey = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };

  const sendError = (res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify({ error: { message, type: status === 429 ? "rate_limit_error" : "server_error", code: null } }));
  };

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: any = undefined;
    try {
      body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
    } catch {
      /* recorded as undefined */
    }
    const path = (req.url ?? "/").split("?")[0];
    fake.requests.push({ method: req.method ?? "GET", path, headers: req.headers, body });

    if (fake.requiredKey && req.headers.authorization !== `Bearer ${fake.requiredKey}`) {
      return sendError(res, 401, "Incorrect API key provided");
    }
    if (req.method === "GET" && path === "/v1/models") {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify({ object: "list", data: [{ id: fake.model, object: "model", created: 0, owned_by: "fake" }] }));
    }
    if (req.method !== "POST" || path !== "/v1/chat/completions") return sendError(res, 404, "Not found");
    if (!body || !Array.isArray(body.messages)) return sendError(res, 400, "messages is required");

    const behaviour = queue.shift();
    if (behaviour?.kind === "status") {
      const headers: Record<string, string> = {};
      if (behaviour.retryAfter !== undefined) headers["retry-after"] = behaviour.retryAfter;
      if (behaviour.retryAfterMs !== undefined) headers["retry-after-ms"] = String(behaviour.retryAfterMs);
      return sendError(res, behaviour.status, behaviour.message ?? `scripted ${behaviour.status}`, headers);
    }
    if (behaviour?.kind === "slow") {
      await new Promise((r) => setTimeout(r, behaviour.delayMs));
      if (res.destroyed || res.writableEnded) return;
    }

    const id = `chatcmpl-fake-${++seq}`;
    const created = Math.floor(Date.now() / 1000);
    const model = typeof body.model === "string" ? body.model : fake.model;
    const json = body.response_format?.type === "json_schema";
    const text =
      behaviour?.kind === "text" || (behaviour?.kind === "slow" && behaviour.text)
        ? (behaviour as { text: string }).text
        : json
          ? JSON.stringify(fake.jsonReply)
          : fake.replyText;
    const promptTokens = countTokens(body);
    const tokens = tokenize(text);
    const usage = { prompt_tokens: promptTokens, completion_tokens: tokens.length, total_tokens: promptTokens + tokens.length };

    if (!body.stream) {
      if (behaviour?.kind === "drop") return req.socket.destroy();
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(
        JSON.stringify({
          id, object: "chat.completion", created, model,
          choices: [{ index: 0, message: { role: "assistant", content: text, refusal: null }, logprobs: null, finish_reason: "stop" }],
          usage,
        }),
      );
    }

    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
      send({ id, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
    chunk({ role: "assistant", content: "" });
    let sent = 0;
    for (const token of tokens) {
      if (behaviour?.kind === "drop" && sent >= (behaviour.afterChunks ?? 2)) {
        // Let what was written reach the client, then cut the connection mid-answer.
        await new Promise((r) => setTimeout(r, 20));
        return req.socket.destroy();
      }
      chunk({ content: token });
      sent++;
    }
    chunk({}, "stop");
    if (body.stream_options?.include_usage) send({ id, object: "chat.completion.chunk", created, model, choices: [], usage });
    res.end("data: [DONE]\n\n");
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}
