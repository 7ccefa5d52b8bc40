import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { cn } from "@/components/ui/cn";

// Task descriptions and the interviewer's answers are Markdown from the bank or a model: no raw
// HTML (react-markdown escapes it without rehype-raw), no images (nothing loads from elsewhere),
// links only to http(s)/mailto and opened without our window or referrer.
const safeUrl = (url: string) => {
  const clean = defaultUrlTransform(url); // drops javascript:, data: and the like
  return /^(https?:|mailto:|#)/i.test(clean) ? clean : "";
};

const components: Components = {
  h1: ({ children }) => <h3 className="mt-4 mb-2 text-base font-semibold text-fg">{children}</h3>,
  h2: ({ children }) => <h3 className="mt-4 mb-2 text-base font-semibold text-fg">{children}</h3>,
  h3: ({ children }) => <h4 className="mt-3 mb-1.5 text-sm font-semibold text-fg">{children}</h4>,
  p: ({ children }) => <p className="my-2 leading-relaxed">{children}</p>,
  ul: ({ children }) => <ul className="my-2 list-disc space-y-1 pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="my-2 list-decimal space-y-1 pl-5">{children}</ol>,
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="font-medium text-primary underline underline-offset-2">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  code: ({ className, children }) => (
    <code className={cn("rounded bg-subtle px-1 py-0.5 font-mono text-[0.85em]", className?.startsWith("language-") && "block bg-transparent p-0")}>{children}</code>
  ),
  pre: ({ children }) => <pre className="my-2 overflow-x-auto rounded-lg bg-subtle p-3 font-mono text-xs leading-relaxed">{children}</pre>,
  table: ({ children }) => (
    <div className="my-2 overflow-x-auto">
      <table className="w-full border-collapse text-left text-xs">{children}</table>
    </div>
  ),
  th: ({ children }) => <th className="border border-border px-2 py-1 font-semibold">{children}</th>,
  td: ({ children }) => <td className="border border-border px-2 py-1">{children}</td>,
  blockquote: ({ children }) => <blockquote className="my-2 border-l-2 border-border-strong pl-3 text-muted">{children}</blockquote>,
};

export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={cn("text-sm break-words text-fg", className)}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={components} urlTransform={safeUrl} disallowedElements={["img"]} unwrapDisallowed={false}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
