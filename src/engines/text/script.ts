/**
 * Writing-system identification by Unicode ranges. The corridor's seven languages use six scripts;
 * everything else is lumped into `Zyyy` (common: digits, punctuation, symbols) or `Zzzz` (another
 * script). Codes are ISO 15924.
 */

export const SCRIPTS = ['Latn', 'Hani', 'Laoo', 'Thai', 'Khmr', 'Mymr'] as const;
export type Script = (typeof SCRIPTS)[number];
/** `Zyyy`: no letters at all; `Zzzz`: letters, but of a script the corridor does not use. */
export type DetectedScript = Script | 'Zyyy' | 'Zzzz';

/** The script of one code point, `Zyyy` for digits, punctuation, spaces and combining marks. */
export function scriptOfCodePoint(cp: number): DetectedScript {
  if (cp < 0x80) {
    return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'Latn' : 'Zyyy';
  }
  if ((cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff)) {
    return 'Latn';
  }
  if (cp >= 0x300 && cp <= 0x36f) return 'Zyyy';
  if (cp >= 0x0e00 && cp <= 0x0e7f) return 'Thai';
  if (cp >= 0x0e80 && cp <= 0x0eff) return 'Laoo';
  if ((cp >= 0x1000 && cp <= 0x109f) || (cp >= 0xa9e0 && cp <= 0xa9ff) || (cp >= 0xaa60 && cp <= 0xaa7f)) {
    return 'Mymr';
  }
  if ((cp >= 0x1780 && cp <= 0x17ff) || (cp >= 0x19e0 && cp <= 0x19ff)) return 'Khmr';
  if (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3007
  ) {
    return 'Hani';
  }
  return /\p{L}/u.test(String.fromCodePoint(cp)) ? 'Zzzz' : 'Zyyy';
}

/**
 * The dominant script of a text: the corridor script with the most letters. Digits and
 * punctuation do not vote; a text with no letters is `Zyyy`.
 */
export function detectScript(text: string): DetectedScript {
  const counts = new Map<DetectedScript, number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const script = scriptOfCodePoint(cp);
    if (script === 'Zyyy') continue;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: DetectedScript = 'Zyyy';
  let bestCount = 0;
  // Iterate in a fixed order so ties resolve the same way every time.
  for (const script of [...SCRIPTS, 'Zzzz'] as const) {
    const count = counts.get(script) ?? 0;
    // Han characters carry about two Latin letters' worth of text each.
    const weighted = script === 'Hani' ? count * 2 : count;
    if (weighted > bestCount) {
      best = script;
      bestCount = weighted;
    }
  }
  return best;
}
