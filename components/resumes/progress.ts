import { cn } from "@/components/ui/cn";

/** Classes for a native <progress> in the app's colours (both engines' pseudo-elements). */
export function progressClasses(tone: "primary" | "danger" | "success" = "primary", className?: string) {
  const fill = {
    primary: "[&::-webkit-progress-value]:bg-primary [&::-moz-progress-bar]:bg-primary",
    danger: "[&::-webkit-progress-value]:bg-danger [&::-moz-progress-bar]:bg-danger",
    success: "[&::-webkit-progress-value]:bg-success [&::-moz-progress-bar]:bg-success",
  }[tone];
  return cn(
    "block h-2 w-full appearance-none overflow-hidden rounded-full bg-subtle [&::-webkit-progress-bar]:rounded-full [&::-webkit-progress-bar]:bg-subtle [&::-webkit-progress-value]:rounded-full [&::-webkit-progress-value]:transition-[width] motion-reduce:[&::-webkit-progress-value]:transition-none",
    fill,
    className,
  );
}
