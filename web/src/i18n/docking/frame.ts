import type { Language } from '../../domain';

/**
 * The few `docking` strings shown before any docking page is opened: the header's search box and
 * menu links (on every page) and the tab names of a profile's page. They travel with the frame in all
 * seven languages (a few hundred bytes) instead of a whole catalogue; each language's catalogue
 * (./en.ts, ./lo.ts…) includes its entry as `frame`, so the namespace has the same keys everywhere.
 */
export const DOCKING_FRAME = {
  en: {
    searchLabel: 'Search opportunities in every language',
    searchPlaceholder: 'Search in any language',
    search: 'Search',
    inbox: 'Inbox',
    terminology: 'Terminology',
    unread: '{{count}} new',
    sections: 'Sections of this profile',
    details: 'Details',
    matches: 'Matches',
  },
  zh: {
    searchLabel: '跨语言搜索合作机会',
    searchPlaceholder: '可用任何语言搜索',
    search: '搜索',
    inbox: '收件箱',
    terminology: '术语库',
    unread: '{{count}} 条新消息',
    sections: '此信息的各部分',
    details: '详情',
    matches: '匹配结果',
  },
  lo: {
    searchLabel: 'ຊອກຫາໂອກາດໃນທຸກພາສາ',
    searchPlaceholder: 'ຊອກຫາເປັນພາສາໃດກໍໄດ້',
    search: 'ຊອກຫາ',
    inbox: 'ກ່ອງຂໍ້ຄວາມ',
    terminology: 'ຄັງຄຳສັບ',
    unread: 'ໃໝ່ {{count}}',
    sections: 'ພາກສ່ວນຂອງປະກາດນີ້',
    details: 'ລາຍລະອຽດ',
    matches: 'ຄູ່ທີ່ເໝາະສົມ',
  },
  th: {
    searchLabel: 'ค้นหาโอกาสได้ทุกภาษา',
    searchPlaceholder: 'ค้นหาด้วยภาษาใดก็ได้',
    search: 'ค้นหา',
    inbox: 'กล่องข้อความ',
    terminology: 'คลังศัพท์',
    unread: 'ใหม่ {{count}}',
    sections: 'ส่วนต่าง ๆ ของประกาศนี้',
    details: 'รายละเอียด',
    matches: 'คู่ที่เหมาะสม',
  },
  km: {
    searchLabel: 'ស្វែងរកឱកាសជាគ្រប់ភាសា',
    searchPlaceholder: 'ស្វែងរកជាភាសាណាក៏បាន',
    search: 'ស្វែងរក',
    inbox: 'ប្រអប់សារ',
    terminology: 'វាក្យសព្ទ',
    unread: 'ថ្មី {{count}}',
    sections: 'ផ្នែកនៃការផ្សាយនេះ',
    details: 'ព័ត៌មានលម្អិត',
    matches: 'ដៃគូដែលសមស្រប',
  },
  my: {
    searchLabel: 'ဘာသာစကားအားလုံးဖြင့် အခွင့်အလမ်းများ ရှာဖွေရန်',
    searchPlaceholder: 'မည်သည့်ဘာသာဖြင့်မဆို ရှာပါ',
    search: 'ရှာရန်',
    inbox: 'စာဝင်ပုံး',
    terminology: 'ဝေါဟာရ',
    unread: 'အသစ် {{count}}',
    sections: 'ဤကြေညာချက်၏ အပိုင်းများ',
    details: 'အသေးစိတ်',
    matches: 'ကိုက်ညီမှုများ',
  },
  vi: {
    searchLabel: 'Tìm cơ hội bằng mọi ngôn ngữ',
    searchPlaceholder: 'Tìm bằng bất kỳ ngôn ngữ nào',
    search: 'Tìm',
    inbox: 'Hộp thư',
    terminology: 'Thuật ngữ',
    unread: '{{count}} mới',
    sections: 'Các phần của hồ sơ này',
    details: 'Chi tiết',
    matches: 'Đối tác phù hợp',
  },
} satisfies Record<Language, Record<string, string>>;

export type DockingFrame = (typeof DOCKING_FRAME)['en'];
