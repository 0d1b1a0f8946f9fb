import type { Language } from '../../domain';

/**
 * The few `pipeline` strings the frame shows on every page (the header links and the home page's
 * link to the dashboard). They live here, in all seven languages, so the frame carries a few hundred
 * bytes instead of a whole catalogue; each language's catalogue (./en.ts, ./lo.ts…) includes its
 * entry as `nav`, so the namespace has the same keys everywhere.
 */
export const PIPELINE_NAV = {
  en: {
    dashboard: 'Dashboard',
    cooperations: 'Cooperations',
    homeDashboard: 'All figures on the indicators dashboard',
  },
  zh: {
    dashboard: '指标',
    cooperations: '合作项目',
    homeDashboard: '在指标看板上查看全部数据',
  },
  lo: {
    dashboard: 'ຕົວຊີ້ວັດ',
    cooperations: 'ການຮ່ວມມື',
    homeDashboard: 'ເບິ່ງຕົວເລກທັງໝົດຢູ່ກະດານຕົວຊີ້ວັດ',
  },
  th: {
    dashboard: 'ตัวชี้วัด',
    cooperations: 'ความร่วมมือ',
    homeDashboard: 'ดูตัวเลขทั้งหมดบนแดชบอร์ดตัวชี้วัด',
  },
  km: {
    dashboard: 'សូចនាករ',
    cooperations: 'កិច្ចសហការ',
    homeDashboard: 'មើលតួលេខទាំងអស់នៅលើផ្ទាំងសូចនាករ',
  },
  my: {
    dashboard: 'ညွှန်ကိန်းများ',
    cooperations: 'ပူးပေါင်းမှုများ',
    homeDashboard: 'ညွှန်ကိန်းဒက်ရှ်ဘုတ်တွင် ကိန်းဂဏန်းအားလုံးကို ကြည့်ရန်',
  },
  vi: {
    dashboard: 'Chỉ số',
    cooperations: 'Hợp tác',
    homeDashboard: 'Xem toàn bộ số liệu trên bảng chỉ số',
  },
} satisfies Record<Language, Record<'dashboard' | 'cooperations' | 'homeDashboard', string>>;

export type PipelineNav = (typeof PIPELINE_NAV)['en'];
