/** Types for myanmar-tools 1.1.3, which ships JavaScript only (Google's Zawgyi detector and converter). */
declare module 'myanmar-tools' {
  /** Markov-model classifier telling Zawgyi-encoded Burmese from Unicode Burmese. */
  export class ZawgyiDetector {
    /** Probability in [0, 1] that the text is Zawgyi; -Infinity when it has no Myanmar code points. */
    getZawgyiProbability(input: string): number;
  }
  /** Rule-based converter between the Zawgyi font encoding and Unicode. */
  export class ZawgyiConverter {
    zawgyiToUnicode(input: string): string;
    unicodeToZawgyi(input: string): string;
  }
  const myanmarTools: { ZawgyiDetector: typeof ZawgyiDetector; ZawgyiConverter: typeof ZawgyiConverter };
  export default myanmarTools;
}
