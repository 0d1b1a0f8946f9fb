/**
 * Zawgyi: the legacy font encoding in which much Burmese is still typed. It reuses Myanmar code
 * points with other meanings, so Zawgyi text must be converted to Unicode before anything else.
 */
import myanmarTools from 'myanmar-tools';

/** Above this detector probability a text is taken to be Zawgyi (Google recommends 0.95–0.999). */
export const ZAWGYI_THRESHOLD = 0.95;

const MYANMAR = /[\u1000-\u109f]/u;

let detector: InstanceType<typeof myanmarTools.ZawgyiDetector> | null = null;
let converter: InstanceType<typeof myanmarTools.ZawgyiConverter> | null = null;

/** The probability that a text is Zawgyi rather than Unicode Burmese; 0 when it has no Burmese. */
export function zawgyiProbability(text: string): number {
  if (!MYANMAR.test(text)) return 0;
  detector ??= new myanmarTools.ZawgyiDetector();
  const p = detector.getZawgyiProbability(text);
  return Number.isFinite(p) ? p : 0;
}

/** Converts the whole text from Zawgyi to Unicode when the detector is confident it is Zawgyi. */
export function convertZawgyiIfNeeded(text: string, threshold = ZAWGYI_THRESHOLD): string {
  if (zawgyiProbability(text) <= threshold) return text;
  converter ??= new myanmarTools.ZawgyiConverter();
  return converter.zawgyiToUnicode(text);
}

/**
 * Input filter for user-submitted text: each line is checked on its own, so a form field that mixes
 * a Zawgyi paragraph with Unicode or English ones has only the Zawgyi lines converted. Text without
 * Burmese comes back unchanged (the same string).
 */
export function foldZawgyiToUnicode(text: string): string {
  if (!MYANMAR.test(text)) return text;
  return text
    .split(/(\r?\n)/)
    .map((part) => (part === '\n' || part === '\r\n' ? part : convertZawgyiIfNeeded(part)))
    .join('');
}
