/** An sRGB colour, each channel 0-255. */
export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1 (none) to 21 (black on white). */
export function contrast(a: Rgb, b: Rgb): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

// Light grey (#CCCCCC) on white is about 1.6: faint but readable, and writers use it for dates.
// Below this a reader sees nothing: white on white, #F5F5F5 on white, white on a pale panel.
const INVISIBLE_CONTRAST = 1.25;

/** Whether text of this colour cannot be seen on this background. */
export function invisibleOn(text: Rgb, background: Rgb = WHITE): boolean {
  return contrast(text, background) < INVISIBLE_CONTRAST;
}

/** "FFFFFF" / "ffffff" -> [255, 255, 255]; null for "auto" or garbage. */
export function parseHex(hex: string | undefined | null): Rgb | null {
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return null;
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
