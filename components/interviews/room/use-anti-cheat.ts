"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { AntiCheatType } from "./api";

type Report = (type: AntiCheatType, details: string) => void;

/** Focus away this long while the room is still on screen (another window over it) is reported. */
const FOCUS_LOSS_MS = 3_000;
/** Docked developer tools take at least this many pixels from the page (conservative: toolbars and zoom stay under it). */
const DEVTOOLS_GAP_PX = 160;
/** The room's own ticker stalling this long while visible means its script was stopped. */
const HALT_MS = 30_000;
const TICK_MS = 2_000;

const beatKey = (id: string) => `interview-beat:${id}`;

/**
 * The room's anti-cheat hooks (what the candidate was told up front). Each reports one of the six
 * event types with a human-readable `details`; `big_paste` comes from the editor itself.
 * - tab_switch: the tab became hidden (visibilitychange).
 * - suspicious_focus: the window lost focus for over 3 s while the tab stayed visible.
 * - copy_from_description: a copy inside the task panel.
 * - devtools_opened: the page area shrank by 160+ px while the window's outer size did not (docked
 *   developer tools), corrected for zoom; reported once per opening. Undocked tools are not seen:
 *   no debugger-timing trick, which freezes honest pages too.
 * - disable_js_attempt: a page cannot report with its script off, so the room notices afterwards:
 *   its 2 s ticker stalled for 30+ s while the tab was visible (scripts paused or switched off in
 *   developer tools, a debugger break), or this tab's last room page stopped ticking while visible
 *   without being closed and came back 30+ s later (reloaded with scripts off, then on). A laptop
 *   asleep with the room open looks the same; the details carry the length for the reader.
 */
export function useAntiCheat({ interviewId, enabled, report, taskPanel }: { interviewId: string; enabled: boolean; report: Report; taskPanel: RefObject<HTMLElement | null> }) {
  const reportRef = useRef(report);
  useEffect(() => {
    reportRef.current = report;
  }, [report]);

  useEffect(() => {
    if (!enabled) return;
    const send: Report = (type, details) => reportRef.current(type, details);
    const key = beatKey(interviewId);
    const storeBeat = (open: boolean) => {
      try {
        sessionStorage.setItem(key, JSON.stringify({ at: Date.now(), open }));
      } catch {
        /* storage disabled: the in-page ticker still works */
      }
    };

    // A room page of this tab that stopped ticking while visible, without closing.
    try {
      const last = JSON.parse(sessionStorage.getItem(key) ?? "null") as { at: number; open: boolean } | null;
      const gap = last ? Date.now() - last.at : 0;
      if (last?.open && gap >= HALT_MS) {
        send("disable_js_attempt", `The room's script stopped while the tab was visible and ran again ${Math.round(gap / 1000)} s later (reloaded with scripts off?)`);
      }
    } catch {
      /* nothing stored */
    }

    let lastTick = Date.now();
    const tick = () => {
      const now = Date.now();
      if (document.visibilityState === "visible" && now - lastTick >= HALT_MS) {
        send("disable_js_attempt", `The room's script was stopped for ${Math.round((now - lastTick) / 1000)} s while the tab was visible`);
      }
      lastTick = now;
      storeBeat(document.visibilityState === "visible");
    };
    tick();
    const ticker = window.setInterval(tick, TICK_MS);

    let focusTimer: number | undefined;
    const onVisibility = () => {
      lastTick = Date.now(); // a hidden tab's timers are throttled: not a stall
      if (document.visibilityState === "hidden") {
        window.clearTimeout(focusTimer);
        storeBeat(false);
        send("tab_switch", "The room's tab was hidden (another tab, window or app)");
      }
    };
    const onBlur = () => {
      if (document.visibilityState !== "visible") return;
      window.clearTimeout(focusTimer);
      focusTimer = window.setTimeout(() => {
        if (document.visibilityState === "visible" && !document.hasFocus()) {
          send("suspicious_focus", `The window lost focus for over ${FOCUS_LOSS_MS / 1000} s while the room stayed on screen`);
        }
      }, FOCUS_LOSS_MS);
    };
    const onFocus = () => window.clearTimeout(focusTimer);
    const onPageHide = () => storeBeat(false);

    // Docked developer tools: the viewport shrinks, the window does not. Page zoom changes
    // devicePixelRatio and the CSS viewport together, so the viewport is compared in device pixels.
    const gaps = () => {
      const zoom = window.devicePixelRatio || 1;
      return { w: window.outerWidth - window.innerWidth * zoom, h: window.outerHeight - window.innerHeight * zoom };
    };
    const base = gaps();
    let devtoolsOpen = false;
    const checkDevtools = () => {
      if (!window.outerWidth || !window.outerHeight) return; // headless or unknown: no signal
      const now = gaps();
      const open = now.w - base.w >= DEVTOOLS_GAP_PX || now.h - base.h >= DEVTOOLS_GAP_PX;
      if (open && !devtoolsOpen) {
        send("devtools_opened", `The page area shrank by ${Math.round(Math.max(now.w - base.w, 0))}×${Math.round(Math.max(now.h - base.h, 0))} px while the window kept its size (docked developer tools?)`);
      }
      devtoolsOpen = open;
    };
    const devtoolsTimer = window.setInterval(checkDevtools, TICK_MS);

    const panel = taskPanel.current;
    const onCopy = () => {
      const copied = document.getSelection()?.toString() ?? "";
      send("copy_from_description", `${copied.length} characters copied from the task`);
    };

    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("blur", onBlur);
    window.addEventListener("focus", onFocus);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("resize", checkDevtools);
    panel?.addEventListener("copy", onCopy);
    return () => {
      window.clearInterval(ticker);
      window.clearInterval(devtoolsTimer);
      window.clearTimeout(focusTimer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("blur", onBlur);
      window.removeEventListener("focus", onFocus);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("resize", checkDevtools);
      panel?.removeEventListener("copy", onCopy);
      storeBeat(false); // the room closed normally (finished, or left)
    };
  }, [enabled, interviewId, taskPanel]);
}
