/**
 * Stop words: function words, particles and politeness markers that say nothing about what a text
 * is about. Kept short on purpose: retrieval weighs terms by idf anyway, and a word wrongly listed
 * here is lost for good. Forms are normalised (lower-case, NFKC, Unicode Burmese).
 */
import type { Language } from '../../domain/vocabulary.js';

const LISTS: Record<Language, string> = {
  en: `a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves also said says s t don may might must shall us`,
  vi: `và của các những được là có trong cho một với này đã không thì mà cũng để từ khi lại như ra
    vào ở về sẽ đang bị rằng nên nhưng nếu vì hay hoặc theo tại đó kia ấy ạ à ơi nhé nhỉ chứ cái chiếc
    con sự việc`,
  zh: `的 了 是 在 和 有 也 就 都 而 及 与 着 或 被 把 让 向 从 对 于 以 之 其 这 那 这个 那个 这些 那些 个 我们
    你们 他们 她们 它们 我 你 他 她 它 吗 呢 吧 啊 呀 么 什么 还 又 并 等 将 但 但是 因为 所以 如果 已经 一个 该
    并且 以及 由于 对于 关于 还是 就是 不是 而且 之后 之前 时 中 上 下 所 为 得 地 过 来 去 会 能 要 可以`,
  th: `ที่ และ ของ ใน การ ความ เป็น มี ได้ ไป ว่า จะ ให้ แล้ว ก็ กับ นี้ นั้น โดย จาก ซึ่ง อยู่ คือ แต่ หรือ
    เพื่อ ถึง ยัง อีก ได้รับ เมื่อ ต่อ ตาม ทั้ง อย่าง ด้วย กัน เขา เรา ฉัน ผม ดิฉัน คุณ ครับ ค่ะ คะ นะ จ้ะ ล่ะ
    มา ไว้ ขึ้น ลง ออก เลย แค่ เอง นั่น นี่ บาง`,
  lo: `ທີ່ ແລະ ຂອງ ໃນ ການ ຄວາມ ເປັນ ມີ ໄດ້ ໄປ ວ່າ ຈະ ໃຫ້ ແລ້ວ ກໍ່ ກັບ ນີ້ ນັ້ນ ໂດຍ ຈາກ ຊຶ່ງ ຢູ່ ຄື ແຕ່ ຫຼື
    ເພື່ອ ເຖິງ ຍັງ ອີກ ເມື່ອ ຕໍ່ ຕາມ ທັງ ຢ່າງ ດ້ວຍ ກັນ ລາວ ເຂົາ ພວກ ເຮົາ ຂ້ອຍ ເຈົ້າ ແມ່ນ ເດີ ນໍ ໂດຍ ມາ ໄວ້ ຂຶ້ນ
    ລົງ ອອກ ເລີຍ ຊຶ່ງ ເຊິ່ງ ອັນ`,
  km: `និង ការ នៃ នៅ ក្នុង បាន ជា ដែល ថា មាន ទៅ ពី នេះ នោះ ដោយ ដើម្បី ហើយ ក៏ ឬ តែ ប៉ុន្តែ ទេ គឺ នឹង
    របស់ ដល់ ចំពោះ លើ ក្រោម ពួក គេ យើង ខ្ញុំ អ្នក វា គាត់ បាទ ចាស ណា មក ឡើង ចេញ ទៀត ផង ដែរ សម្រាប់`,
  my: `သည် ကို ၏ မှာ တွင် များ နှင့် ပါ တယ် သော ၍ လည်း သို့ မှ က ဟု ရန် နေ သည့် ခဲ့ ပြီး ကြ ပါသည် သလား
    လား ဘူး ရှိ ဖြစ် တဲ့ ဒါ ဒီ ထို ဤ သူ ကျွန်တော် ကျွန်မ ခင်ဗျား ရှင် နော် ပေါ့ လေ ပဲ တော့ ကော`,
};

const SETS = new Map<Language, ReadonlySet<string>>();

/** The stop words of a language, as a set of normalised tokens. */
export function stopWordsOf(lang: Language): ReadonlySet<string> {
  let set = SETS.get(lang);
  if (set === undefined) {
    set = new Set(LISTS[lang].split(/\s+/u).filter((w) => w.length > 0));
    SETS.set(lang, set);
  }
  return set;
}
