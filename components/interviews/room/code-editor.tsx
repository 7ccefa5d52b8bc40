"use client";

import Editor, { loader, type OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";

/** A paste at least this long into the editor is reported as `big_paste`. */
export const BIG_PASTE_CHARS = 200;

/** Whether the app is dark now: the <html> class (an explicit choice) or else the system's setting. */
function useAppDark(): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const read = () => setDark(root.classList.contains("dark") || (!root.classList.contains("light") && media.matches));
    read();
    // The theme switch flips the class without a reload.
    const observer = new MutationObserver(read);
    observer.observe(root, { attributes: true, attributeFilter: ["class"] });
    media.addEventListener("change", read);
    return () => {
      observer.disconnect();
      media.removeEventListener("change", read);
    };
  }, []);
  return dark;
}

export interface EditorMarker {
  line: number;
  column?: number;
  message: string;
}

/**
 * Monaco, loaded from our own origin: `vsPath` is /monaco/<version>/vs (app/monaco), never the
 * loader's default CDN. The parent owns the text; this reports changes and big pastes.
 */
export function CodeEditor({
  vsPath,
  language,
  initialCode,
  readOnly,
  marker,
  onChange,
  onBigPaste,
  className,
}: {
  vsPath: string;
  language: "python" | "javascript";
  initialCode: string;
  readOnly?: boolean;
  marker?: EditorMarker | null;
  onChange?: (code: string) => void;
  onBigPaste?: (chars: number, line: number) => void;
  className?: string;
}) {
  const { t } = useI18n();
  const dark = useAppDark();
  const [configured] = useState(() => {
    loader.config({ paths: { vs: vsPath } });
    return true;
  });
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const monacoRef = useRef<Parameters<OnMount>[1] | null>(null);
  const pasteRef = useRef(onBigPaste);
  useEffect(() => {
    pasteRef.current = onBigPaste;
  }, [onBigPaste]);

  const onMount: OnMount = (editor, monaco) => {
    editorRef.current = editor;
    monacoRef.current = monaco;
    editor.onDidPaste((e) => {
      const pasted = editor.getModel()?.getValueInRange(e.range) ?? "";
      if (pasted.length >= BIG_PASTE_CHARS) pasteRef.current?.(pasted.length, e.range.startLineNumber);
    });
  };

  // A syntax error from Run shows where it is.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    const monaco = monacoRef.current;
    if (!model || !monaco) return;
    monaco.editor.setModelMarkers(
      model,
      "run",
      marker
        ? [{ startLineNumber: marker.line, endLineNumber: marker.line, startColumn: marker.column ?? 1, endColumn: model.getLineMaxColumn(Math.min(marker.line, model.getLineCount())), message: marker.message, severity: monaco.MarkerSeverity.Error }]
        : [],
    );
  }, [marker]);

  if (!configured) return null;
  return (
    <div className={className} data-testid="code-editor">
      <Editor
        height="100%"
        language={language}
        defaultValue={initialCode}
        theme={dark ? "vs-dark" : "vs"}
        onMount={onMount}
        onChange={(value) => onChange?.(value ?? "")}
        loading={<span className="text-sm text-muted">{t("room.editor.loading")}</span>}
        options={{
          readOnly,
          minimap: { enabled: false },
          fontSize: 14,
          tabSize: 4,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          wordWrap: "on",
          ariaLabel: t("room.editor.label"),
          padding: { top: 12 },
        }}
      />
    </div>
  );
}
