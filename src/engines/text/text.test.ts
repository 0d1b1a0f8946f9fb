import { describe, expect, it } from 'vitest';
import {
  analyze,
  convertZawgyiIfNeeded,
  detectLanguage,
  detectScript,
  foldNativeDigits,
  foldZawgyiToUnicode,
  normalizeText,
  orthographicClusters,
  porterStem,
  zawgyiProbability,
} from './index.js';

describe('normalizeText', () => {
  it('applies NFKC and case folding', () => {
    expect(normalizeText('ＡＢＣ１２３ Straße ﬁ')).toBe('abc123 strasse fi');
  });

  it('folds Lao, Thai, Khmer and Burmese digits to ASCII', () => {
    expect(normalizeText('໑໒໓')).toBe('123');
    expect(normalizeText('๒๕๖๑')).toBe('2561');
    expect(normalizeText('១២៣')).toBe('123');
    expect(normalizeText('၂၀၁၈ ခုနှစ်')).toBe('2018 ခုနှစ်');
  });

  it('reads a lone Burmese ၀ between letters as the letter ဝ, not zero', () => {
    expect(foldNativeDigits('ေ၀လ')).toBe('ေဝလ');
    expect(foldNativeDigits('၀')).toBe('0');
  });

  it('drops zero-width spaces inside Lao, Thai, Khmer and Burmese, and soft hyphens', () => {
    expect(normalizeText('ສະ\u200bຫະ\u200bລັດ co\u00adoperation')).toBe('ສະຫະລັດ cooperation');
    expect(normalizeText('potash\u200bfertiliser')).toBe('potash fertiliser');
  });
});

describe('Zawgyi', () => {
  it('converts a known Zawgyi string to Unicode', () => {
    expect(convertZawgyiIfNeeded('ေ၀လအမ်ိဳးသားညီလာခံ ကိုယ္စားလွယ္မ်ားသည္')).toBe('ဝေလအမျိုးသားညီလာခံ ကိုယ်စားလှယ်များသည်');
  });

  it('leaves Unicode Burmese and other text alone', () => {
    const unicode = 'မစ္စတာတာနာခါဟာ ကျောင်းသား မဟုတ်ပါဘူး။';
    expect(zawgyiProbability(unicode)).toBeLessThan(0.05);
    expect(convertZawgyiIfNeeded(unicode)).toBe(unicode);
    expect(convertZawgyiIfNeeded('potash fertiliser')).toBe('potash fertiliser');
  });

  it('folds only the Zawgyi lines of a mixed input', () => {
    const mixed = 'Potash\nအခ်ိဳ႕ကိုယ္စားလွယ္မ်ား\nကျောင်းသား';
    expect(foldZawgyiToUnicode(mixed)).toBe('Potash\nအချို့ကိုယ်စားလှယ်များ\nကျောင်းသား');
  });
});

describe('detectScript and detectLanguage', () => {
  it.each([
    ['钾肥项目', 'Hani', 'zh'],
    ['ຝຸ່ນໂປແທດ', 'Laoo', 'lo'],
    ['ปุ๋ยโพแทช', 'Thai', 'th'],
    ['ជីប៉ូតាស', 'Khmr', 'km'],
    ['ပိုတက်ရှ်မြေဩဇာ', 'Mymr', 'my'],
    ['Phân bón kali cho nông nghiệp', 'Latn', 'vi'],
    ['Potash fertiliser for agriculture', 'Latn', 'en'],
  ] as const)('%s is %s / %s', (text, script, lang) => {
    expect(detectScript(text)).toBe(script);
    expect(detectLanguage(text)).toBe(lang);
  });

  it('tells Vietnamese typed without diacritics from English', () => {
    expect(detectLanguage('cong nghe cua cac truong dai hoc va nguoi dan')).toBe('vi');
    expect(detectLanguage('the technology of the universities')).toBe('en');
  });

  it('returns und for text without letters', () => {
    expect(detectLanguage('123 !?')).toBe('und');
    expect(detectScript('123')).toBe('Zyyy');
  });

  it('picks the dominant script of a mixed text', () => {
    expect(detectLanguage('ខ្ញុំ​ចូលចិត្ត AMs និង NFL')).toBe('km');
  });
});

describe('porterStem', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['connections', 'connect'],
    ['relational', 'relat'],
    ['generalization', 'gener'],
    ['hopping', 'hop'],
    ['agreed', 'agre'],
    ['fertilisers', 'fertilis'],
    ['as', 'as'],
  ])('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});

describe('orthographicClusters', () => {
  it('splits Thai, Lao, Khmer and Burmese into written syllables', () => {
    expect(orthographicClusters('ສະມາຊິກ', 'lo')).toEqual(['ສະ', 'ມາ', 'ຊິ', 'ກ']);
    expect(orthographicClusters('เวลส์', 'th')).toEqual(['เว', 'ล', 'ส์']);
    expect(orthographicClusters('ខ្មែរ', 'km')).toEqual(['ខ្មែ', 'រ']);
    expect(orthographicClusters('ကျောင်းသား', 'my')).toEqual(['ကျောင်း', 'သား']);
  });
});

describe('analyze', () => {
  it('segments Chinese with jieba, keeping 钾肥 as a word', () => {
    const { lang, tokens } = analyze('钾肥项目在磨憨启动');
    expect(lang).toBe('zh');
    expect(tokens).toContain('钾肥');
    expect(tokens).toContain('项目');
    expect(tokens).not.toContain('在');
  });

  it('segments Lao ຝຸ່ນໂປແທດ (potash fertiliser) into words', () => {
    const { lang, tokens } = analyze('ຝຸ່ນໂປແທດ');
    expect(lang).toBe('lo');
    expect(tokens[0]).toBe('ຝຸ່ນ');
    expect(tokens.join('')).toBe('ຝຸ່ນໂປແທດ');
    expect(tokens.length).toBeGreaterThan(1);
  });

  it('segments Thai, Khmer and Burmese and drops their stop words', () => {
    expect(analyze('โรงเรียนและมหาวิทยาลัย').tokens).toEqual(['โรงเรียน', 'มหาวิทยาลัย']);
    expect(analyze('សាកលវិទ្យាល័យ និង ក្រុមហ៊ុន').tokens).toEqual(['សាកល', 'វិទ្យាល័យ', 'ក្រុមហ៊ុន']);
    expect(analyze('ကျောင်းသား မဟုတ်ပါဘူး').tokens).toContain('ကျောင်းသား');
  });

  it('folds native digits into number tokens', () => {
    expect(analyze('ປີ ໒໐໑໘').tokens).toContain('2018');
    expect(analyze('ปี ๒๕๖๑').tokens).toContain('2561');
    expect(analyze('ឆ្នាំ ២០១៨').tokens).toContain('2018');
    expect(analyze('၂၀၁၈ ခုနှစ်').tokens).toContain('2018');
  });

  it('converts Zawgyi Burmese before segmenting', () => {
    const zawgyi = analyze('ေ၀လအမ်ိဳးသားညီလာခံ');
    const unicode = analyze('ဝေလအမျိုးသားညီလာခံ');
    expect(zawgyi.tokens).toEqual(unicode.tokens);
  });

  it('adds syllable bigrams for Vietnamese', () => {
    const { tokens } = analyze('Học sinh của trường đại học');
    expect(tokens).toEqual(expect.arrayContaining(['học', 'sinh', 'học_sinh', 'đại_học', 'trường']));
    expect(tokens).not.toContain('của');
  });

  it('stems English and drops stop words; numbers lose thousands separators', () => {
    expect(analyze('The connections of 1,000 universities').tokens).toEqual(['connect', '1000', 'univers']);
    expect(analyze('1.000 người', 'vi').tokens).toContain('1000');
  });

  it('adds orthographic syllables and their bigrams on request', () => {
    const plain = analyze('ສະມາຊິກ', 'lo').tokens;
    const withSubwords = analyze('ສະມາຊິກ', 'lo', { subwords: true }).tokens;
    expect(withSubwords).toEqual(expect.arrayContaining([...plain, 'ສະ', 'ມາ', 'ສະ_ມາ', 'ຊິ_ກ']));
    expect(analyze('potash', 'en', { subwords: true }).tokens).toEqual(['potash']);
  });

  it('keeps Latin words inside other scripts, stemmed like English', () => {
    expect(analyze('ជុំវិញ AMs').tokens).toContain('am');
    expect(analyze('他们的COVID-19疫苗').tokens).toEqual(expect.arrayContaining(['covid', '19', '疫苗']));
  });
});
