import type { Locale } from "../types";

/**
 * Templated writing from facts: reports, notices and replies the built-in engine writes. A small
 * Mustache-like syntax, because facts must never be executed:
 *   {{name}}  {{a.b}}              a fact (a missing one is an error: a template bug, not a blank)
 *   {{#if name}}..{{else}}..{{/if}} a section when the fact is truthy (a non-empty list counts)
 *   {{#each list}}..{{this}}..{{/each}} once per item; {{this.field}} for objects, {{@index}} from 1
 *   {{plural n "one|few|many"}}    the right word for a count (en uses one|other)
 */
export type Facts = Record<string, unknown>;
export type Template = Record<Locale, string>;

const templates = new Map<string, Template>();

export function registerTemplate(id: string, template: Template): void {
  templates.set(id, template);
}

export function hasTemplate(id: string): boolean {
  return templates.has(id);
}

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemplateError";
  }
}

/** Russian and English plural forms of a count. */
export function pluralForm(n: number, forms: string[], locale: Locale): string {
  const abs = Math.abs(Math.trunc(n));
  if (locale === "ru" && forms.length >= 3) {
    const d10 = abs % 10;
    const d100 = abs % 100;
    if (d10 === 1 && d100 !== 11) return forms[0];
    if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return forms[1];
    return forms[2];
  }
  return abs === 1 ? forms[0] : forms[forms.length - 1];
}

function lookup(path: string, scope: Facts[]): { found: boolean; value: unknown } {
  const [head, ...rest] = path.split(".");
  for (let i = scope.length - 1; i >= 0; i--) {
    if (!Object.prototype.hasOwnProperty.call(scope[i], head)) continue;
    let value: unknown = scope[i][head];
    for (const key of rest) {
      if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, key)) {
        return { found: false, value: undefined };
      }
      value = (value as Record<string, unknown>)[key];
    }
    return { found: true, value };
  }
  return { found: false, value: undefined };
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function format(value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toLocaleString(locale === "ru" ? "ru-RU" : "en-US", { maximumFractionDigits: 1 });
  if (Array.isArray(value)) return value.map((v) => format(v, locale)).join(", ");
  return String(value);
}

const TOKEN = /\{\{(#if|#each|else|\/if|\/each|plural)?\s*([^}]*?)\s*\}\}/g;

interface Node {
  type: "text" | "var" | "if" | "each" | "plural";
  value: string;
  args?: string;
  children?: Node[];
  otherwise?: Node[];
}

function parse(source: string): Node[] {
  const root: Node[] = [];
  const stack: Array<{ node: Node | null; list: Node[] }> = [{ node: null, list: root }];
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (m.index > last) top.list.push({ type: "text", value: source.slice(last, m.index) });
    last = m.index + m[0].length;
    const [, tag, arg] = m;
    if (tag === "#if" || tag === "#each") {
      const node: Node = { type: tag === "#if" ? "if" : "each", value: arg, children: [] };
      top.list.push(node);
      stack.push({ node, list: node.children! });
    } else if (tag === "else") {
      if (top.node?.type !== "if") throw new TemplateError("{{else}} outside {{#if}}");
      top.node.otherwise = [];
      top.list = top.node.otherwise;
    } else if (tag === "/if" || tag === "/each") {
      if (top.node?.type !== tag.slice(1)) throw new TemplateError(`unexpected {{${tag}}}`);
      stack.pop();
    } else if (tag === "plural") {
      const pm = /^([\w.@]+)\s+"([^"]*)"$/.exec(arg);
      if (!pm) throw new TemplateError(`bad plural: ${arg}`);
      top.list.push({ type: "plural", value: pm[1], args: pm[2] });
    } else {
      top.list.push({ type: "var", value: arg });
    }
  }
  if (stack.length !== 1) throw new TemplateError("unclosed section");
  if (last < source.length) root.push({ type: "text", value: source.slice(last) });
  return root;
}

function render(nodes: Node[], scope: Facts[], locale: Locale, id: string): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") {
      out += node.value;
      continue;
    }
    const { found, value } = lookup(node.value, scope);
    if (node.type === "var" || node.type === "plural") {
      if (!found) throw new TemplateError(`template ${id}: missing fact "${node.value}"`);
      out += node.type === "var" ? format(value, locale) : pluralForm(Number(value), node.args!.split("|"), locale);
    } else if (node.type === "if") {
      out += render(truthy(value) ? node.children! : (node.otherwise ?? []), scope, locale, id);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        out += render(node.children!, [...scope, { this: item, "@index": i + 1 }], locale, id);
      });
    }
  }
  return out;
}

const parsed = new Map<string, Node[]>();

/** Writes the template in the locale from the facts; the same facts always give the same text. */
export function renderTemplate(templateId: string, facts: Facts, locale: Locale): string {
  const template = templates.get(templateId);
  if (!template) throw new TemplateError(`unknown template: ${templateId}`);
  const key = `${templateId}:${locale}`;
  let nodes = parsed.get(key);
  if (!nodes) parsed.set(key, (nodes = parse(template[locale] ?? template.en)));
  return render(nodes, [facts], locale, templateId).replace(/\n{3,}/g, "\n\n").trim();
}

// The built-in engine's own replies.
registerTemplate("offline.reply", {
  en: `{{#if fallback}}The AI provider is unavailable right now ({{fallback}}), so the offline assistant is answering.{{else}}Offline assistant: no AI provider is configured, so I can't write a new answer; an administrator or you (in AI settings) can connect one.{{/if}}
{{#if passages}}

What we have so far that relates to your message:
{{#each passages}}
> {{this}}
{{/each}}{{/if}}`,
  ru: `{{#if fallback}}AI-провайдер сейчас недоступен ({{fallback}}), поэтому отвечает офлайн-ассистент.{{else}}Офлайн-ассистент: AI-провайдер не подключён, поэтому я не могу написать новый ответ; подключить его может администратор или вы сами (в настройках AI).{{/if}}
{{#if passages}}

Что уже есть в нашем разговоре по вашему сообщению:
{{#each passages}}
> {{this}}
{{/each}}{{/if}}`,
});
