/**
 * The scripted activity of the demo corridor: expressions of interest between the docking pairs and
 * what came of them, a past technology docking fair in Kunming and an upcoming roadshow in Vientiane.
 * Every text is written in its author's language. Times are days before the seeding day, so the
 * dashboard always shows the last months; src/demo/activity.ts plays the script through the services.
 */
import type {
  AgreementType,
  ClosedReason,
  CooperationStage,
  Currency,
  OutcomeMetric,
  RatedCurrency,
} from '../domain/pipeline.js';
import type { MultilingualText } from '../domain/vocabulary.js';
import type { DeclineReason } from '../modules/interests/interests.schema.js';
import type { MeetingAttendance } from '../modules/meetings/meetings.schema.js';

/** One move of a cooperation along the pipeline, done by `by` (a demo person's key) that day. */
export interface ScriptedMove {
  daysAgo: number;
  by: string;
  to: Exclude<CooperationStage, 'contact' | 'outcome_reported'>;
  comment?: string;
  closedReason?: ClosedReason;
  agreement?: {
    type: AgreementType;
    value: { amount: number; currency: Currency } | null;
    ipTerms?: string;
  };
}

/** An outcome reported that day (the first one moves an implementation to `outcome_reported`). */
export interface ScriptedOutcome {
  daysAgo: number;
  by: string;
  metric: OutcomeMetric;
  value: number;
  note: string;
}

/** A next step: written `daysAgo` by `by`, due `dueInDays` after the seeding day (negative: overdue). */
export interface ScriptedNextStep {
  daysAgo: number;
  by: string;
  owner: string;
  dueInDays: number;
  description: string;
  /** Marked done this many days ago. */
  doneDaysAgo?: number;
}

/** What happens to a cooperation after it is opened, in time order. */
export interface ScriptedPipeline {
  moves: ScriptedMove[];
  outcomes?: ScriptedOutcome[];
  nextSteps?: ScriptedNextStep[];
}

/**
 * An expression of interest by the organisation of a docking pair's request in the pair's offer:
 * sent by the request's author, answered by the offer's author.
 */
export interface ScriptedInterest {
  requestKey: string;
  offerKey: string;
  sentDaysAgo: number;
  message: string;
  answer?:
    | { daysAgo: number; decision: 'accept'; message: string }
    | { daysAgo: number; decision: 'decline'; reason: DeclineReason; message: string };
  /** Further messages in the conversation, by the sender (`from`) or the owner (`owner`). */
  replies?: Array<{ daysAgo: number; side: 'from' | 'owner'; body: string }>;
  pipeline?: ScriptedPipeline;
}

export const SCRIPTED_INTERESTS: readonly ScriptedInterest[] = [
  {
    requestKey: 'souphanouvong-railway-technician-training',
    offerKey: 'kust-railway-mining-training',
    sentDaysAgo: 195,
    message:
      'ສະບາຍດີ. ມະຫາວິທະຍາໄລສຸພານຸວົງ ຢູ່ຫຼວງພະບາງ ຕ້ອງການຮ່ວມມືຝຶກອົບຮົມນັກວິຊາການບຳລຸງຮັກສາທາງລົດໄຟ ລາວ-ຈີນ. ພວກເຮົາສົນໃຈຫຼັກສູດຂອງທ່ານ ແລະ ຢາກສົ່ງນັກສຶກສາ 40 ຄົນ ໃນປີນີ້.',
    answer: {
      daysAgo: 191,
      decision: 'accept',
      message:
        '感谢贵校的关注！昆明理工大学愿意在琅勃拉邦联合开设铁路维护技术员培训班，建议先召开一次线上会议商定课程和师资。',
    },
    replies: [
      { daysAgo: 190, side: 'from', body: 'ຂອບໃຈຫຼາຍໆ. ພວກເຮົາສະດວກປະຊຸມອອນລາຍ ວັນພະຫັດໜ້າ ເວລາ 9 ໂມງເຊົ້າ.' },
    ],
    pipeline: {
      moves: [
        {
          daysAgo: 175,
          by: 'yang_jianhua',
          to: 'meeting_held',
          comment: '线上会议确定了课程大纲和师资安排。',
        },
        { daysAgo: 150, by: 'phonesavanh_keomany', to: 'negotiation' },
        {
          daysAgo: 120,
          by: 'yang_jianhua',
          to: 'agreement_signed',
          agreement: {
            type: 'training',
            value: { amount: 1_260_000, currency: 'CNY' },
            ipTerms: '课程材料版权归昆明理工大学，苏发努冯大学可在老挝境内非商业使用。',
          },
        },
        { daysAgo: 110, by: 'phonesavanh_keomany', to: 'implementation' },
      ],
      outcomes: [
        {
          daysAgo: 45,
          by: 'phonesavanh_keomany',
          metric: 'people_trained',
          value: 48,
          note: 'ນັກວິຊາການລຸ້ນທຳອິດ 48 ຄົນ ຈົບຫຼັກສູດ.',
        },
      ],
    },
  },
  {
    requestKey: 'yau-seed-potato-system',
    offerKey: 'yaas-virus-free-seed-potato',
    sentDaysAgo: 175,
    message:
      'မင်္ဂလာပါ။ ရေဆင်းစိုက်ပျိုးရေးတက္ကသိုလ်မှ ရှမ်းပြည်နယ်အတွက် ဗိုင်းရပ်စ်ကင်းသော မျိုးစေ့အာလူး ထုတ်လုပ်ရေးနည်းပညာကို စိတ်ဝင်စားပါသည်။ ပူးပေါင်းဆောင်ရွက်လိုပါသည်။',
    answer: {
      daysAgo: 170,
      decision: 'accept',
      message: '欢迎！我们可以提供脱毒种薯快繁技术和三级种薯体系的培训，建议先在东枝附近建一个示范点。',
    },
    pipeline: {
      moves: [
        { daysAgo: 119, by: 'luo_chunmei', to: 'meeting_held', comment: '在昆明技术转移对接会上面谈。' },
        { daysAgo: 90, by: 'nilar_win', to: 'negotiation' },
        {
          daysAgo: 60,
          by: 'luo_chunmei',
          to: 'agreement_signed',
          agreement: {
            type: 'licence',
            value: { amount: 680_000, currency: 'CNY' },
            ipTerms: '脱毒种薯快繁技术在缅甸的非独占许可，期限五年。',
          },
        },
        { daysAgo: 50, by: 'nilar_win', to: 'implementation' },
      ],
      outcomes: [
        {
          daysAgo: 15,
          by: 'nilar_win',
          metric: 'people_trained',
          value: 35,
          note: 'ရှမ်းပြည်နယ်မှ လယ်သမား ၃၅ ဦးကို လေ့ကျင့်ပေးပြီးပါပြီ။',
        },
      ],
    },
  },
  {
    requestKey: 'kampong-cham-tsr-investment',
    offerKey: 'lm-fund-tech-transfer-financing',
    sentDaysAgo: 155,
    message:
      'សួស្តី។ រោងចក្រកៅស៊ូកំពង់ចាមរបស់យើងកំពុងស្វែងរកដៃគូវិនិយោគ ដើម្បីធ្វើទំនើបកម្មខ្សែសង្វាក់ផលិតកៅស៊ូដុំ។ យើងចាប់អារម្មណ៍លើមូលនិធិរបស់លោកអ្នក។',
    answer: {
      daysAgo: 150,
      decision: 'accept',
      message:
        '感谢来信。基金对橡胶加工技术升级项目很感兴趣，请提供近三年的财务报表和技改方案，我们安排尽职调查。',
    },
    replies: [
      { daysAgo: 147, side: 'from', body: 'យើងបានផ្ញើរបាយការណ៍ហិរញ្ញវត្ថុ និងផែនការបច្ចេកទេសរួចហើយ។ សូមអរគុណ។' },
      { daysAgo: 146, side: 'owner', body: '已收到，谢谢。我们下个月派团队到磅湛考察。' },
    ],
    pipeline: {
      moves: [
        { daysAgo: 140, by: 'sun_bo', to: 'meeting_held', comment: '尽职调查：工厂现场考察。' },
        { daysAgo: 110, by: 'mao_chantrea', to: 'negotiation' },
        {
          daysAgo: 70,
          by: 'sun_bo',
          to: 'agreement_signed',
          agreement: { type: 'investment', value: { amount: 1_200_000, currency: 'USD' } },
        },
        { daysAgo: 60, by: 'mao_chantrea', to: 'implementation' },
      ],
      outcomes: [
        {
          daysAgo: 25,
          by: 'mao_chantrea',
          metric: 'investment_usd',
          value: 600_000,
          note: 'ការផ្តល់មូលនិធិដំណាក់កាលទីមួយ។',
        },
        {
          daysAgo: 10,
          by: 'mao_chantrea',
          metric: 'jobs_created',
          value: 40,
          note: 'ការងារថ្មី ៤០ កន្លែងនៅរោងចក្រ។',
        },
      ],
    },
  },
  {
    requestKey: 'lm-fund-co-investors',
    offerKey: 'mekong-fund-climate-tech',
    sentDaysAgo: 140,
    message:
      'The Lancang-Mekong Technology Transfer Fund is looking for co-investors in climate and agri-tech deals. We would like to discuss co-investing in two solar cold-chain companies in Laos and Viet Nam.',
    answer: {
      daysAgo: 137,
      decision: 'accept',
      message: 'Happy to explore this. Our investment committee meets monthly; please share the deal memos.',
    },
    pipeline: {
      moves: [
        {
          daysAgo: 100,
          by: 'ly_gia_huy',
          to: 'negotiation',
          comment: 'Co-investment terms under discussion.',
        },
      ],
      nextSteps: [
        {
          daysAgo: 20,
          by: 'sun_bo',
          owner: 'ly_gia_huy',
          dueInDays: 12,
          description: 'Share the draft co-investment term sheet with the fund.',
        },
      ],
    },
  },
  {
    requestKey: 'mem-potash-subsidence-monitoring',
    offerKey: 'kust-mine-subsidence-insar',
    sentDaysAgo: 118,
    message:
      'ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່ ສົນໃຈເຕັກໂນໂລຊີຕິດຕາມການຍຸບຕົວຂອງດິນ ດ້ວຍ InSAR ແລະ BeiDou ສຳລັບບໍ່ແຮ່ໂປແຕັສ ຢູ່ແຂວງຄຳມ່ວນ. ພວກເຮົາຢາກຄົ້ນຄວ້າຮ່ວມກັນ.',
    answer: {
      daysAgo: 114,
      decision: 'accept',
      message: '很高兴合作。我们可以先用历史卫星数据做一次沉降分析，再在矿区布设北斗监测站。',
    },
    pipeline: {
      moves: [
        { daysAgo: 100, by: 'li_na', to: 'meeting_held', comment: '甘蒙省矿区现场踏勘。' },
        { daysAgo: 90, by: 'bounmy_sisouvanh', to: 'nda_signed', comment: 'ລົງນາມສັນຍາຮັກສາຄວາມລັບ.' },
        { daysAgo: 75, by: 'li_na', to: 'negotiation' },
        {
          daysAgo: 55,
          by: 'bounmy_sisouvanh',
          to: 'agreement_signed',
          agreement: {
            type: 'joint_rd',
            value: { amount: 250_000, currency: 'USD' },
            ipTerms:
              'Joint ownership of results; the monitoring data belong to the Ministry of Energy and Mines.',
          },
        },
        { daysAgo: 45, by: 'li_na', to: 'implementation' },
      ],
    },
  },
  {
    requestKey: 'cold-chain-assoc-rail-route',
    offerKey: 'boten-rail-road-transshipment',
    sentDaysAgo: 115,
    message:
      'Hiệp hội chuỗi lạnh Đồng bằng sông Cửu Long đang tìm đối tác trung chuyển đường sắt – đường bộ tại ga Boten cho trái cây Việt Nam xuất sang Trung Quốc. Chúng tôi muốn thảo luận về dịch vụ và giá.',
    answer: {
      daysAgo: 112,
      decision: 'accept',
      message: 'ຍິນດີຕ້ອນຮັບ. ພວກເຮົາມີບໍລິການຂົນຖ່າຍ ແລະ ພິທີການພາສີ ຢູ່ສະຖານີບໍ່ເຕັນ. ຂໍໃຫ້ສົ່ງປະລິມານສິນຄ້າທີ່ຄາດວ່າຈະສົ່ງຕໍ່ເດືອນ.',
    },
    replies: [
      {
        daysAgo: 111,
        side: 'from',
        body: 'Dự kiến khoảng 40 container lạnh mỗi tháng trong mùa sầu riêng. Chúng tôi sẽ gửi lịch chi tiết.',
      },
    ],
    pipeline: {
      moves: [
        { daysAgo: 95, by: 'huynh_van_phuc', to: 'meeting_held' },
        { daysAgo: 70, by: 'thonglith_chanthala', to: 'negotiation' },
        {
          daysAgo: 35,
          by: 'thonglith_chanthala',
          to: 'agreement_signed',
          agreement: {
            type: 'commercial_with_technical_assistance',
            value: { amount: 2_150_000_000, currency: 'LAK' },
          },
        },
      ],
    },
  },
  {
    requestKey: 'bolaven-coffee-processing-quality',
    offerKey: 'yaas-coffee-wet-processing',
    sentDaysAgo: 108,
    message:
      'ສະຫະກອນກາເຟພູພຽງບໍລະເວນ ຕ້ອງການເຕັກໂນໂລຊີປຸງແຕ່ງກາເຟແບບປຽກ ທີ່ປະຫຍັດນ້ຳ ແລະ ການຕາກແຫ້ງທີ່ຄວບຄຸມໄດ້. ພວກເຮົາໄດ້ພົບທ່ານທີ່ງານຢູ່ຄຸນໝິງ.',
    answer: {
      daysAgo: 105,
      decision: 'accept',
      message: '欢迎！我们的节水湿法加工技术很适合波罗芬高原，建议在采收季前派专家到巴松现场指导。',
    },
    replies: [{ daysAgo: 104, side: 'from', body: 'ດີຫຼາຍ. ພວກເຮົາຈະກະກຽມສະຖານທີ່ໃຫ້.' }],
    pipeline: {
      moves: [
        { daysAgo: 95, by: 'luo_chunmei', to: 'meeting_held', comment: '专家赴巴松实地考察。' },
        { daysAgo: 75, by: 'manivone_siprasoeuth', to: 'negotiation' },
        {
          daysAgo: 50,
          by: 'luo_chunmei',
          to: 'agreement_signed',
          agreement: {
            type: 'technical_cooperation_or_service',
            value: { amount: 420_000, currency: 'CNY' },
            ipTerms: '设备图纸与工艺参数仅供合作社内部使用。',
          },
        },
        { daysAgo: 40, by: 'manivone_siprasoeuth', to: 'implementation' },
      ],
      outcomes: [
        {
          daysAgo: 10,
          by: 'manivone_siprasoeuth',
          metric: 'people_trained',
          value: 120,
          note: 'ຝຶກອົບຮົມຊາວກະສິກອນ 120 ຄົນ.',
        },
        {
          daysAgo: 5,
          by: 'manivone_siprasoeuth',
          metric: 'products_processes_launched',
          value: 1,
          note: 'ສາຍການປຸງແຕ່ງແບບປຽກໃໝ່ ເລີ່ມນຳໃຊ້ແລ້ວ.',
        },
      ],
    },
  },
  {
    requestKey: 'mohan-boten-smart-port',
    offerKey: 'song-han-iot-eseal',
    sentDaysAgo: 88,
    message:
      '磨憨—磨丁合作区正在建设智慧口岸，希望引进物联网电子铅封和跨境货物监控平台，请介绍贵公司在越南口岸的应用情况。',
    answer: {
      daysAgo: 85,
      decision: 'accept',
      message:
        'Cảm ơn quý Ban. Hệ thống niêm phong điện tử của chúng tôi đã được thử nghiệm tại các cửa khẩu phía Bắc Việt Nam. Chúng tôi sẵn sàng gửi tài liệu kỹ thuật.',
    },
    pipeline: {
      moves: [
        { daysAgo: 70, by: 'duan_zhiqiang', to: 'nda_signed', comment: '签署保密协议。' },
        { daysAgo: 45, by: 'dang_quoc_bao', to: 'negotiation', comment: 'Đàm phán phương án thí điểm.' },
      ],
      nextSteps: [
        {
          daysAgo: 30,
          by: 'duan_zhiqiang',
          owner: 'dang_quoc_bao',
          dueInDays: 5,
          description: 'Gửi đề xuất thí điểm 200 niêm phong điện tử tại cửa khẩu Mohan.',
        },
      ],
    },
  },
  {
    requestKey: 'nuol-lao-speech-recognition',
    offerKey: 'chula-thai-lao-nlp',
    sentDaysAgo: 96,
    message: 'ມະຫາວິທະຍາໄລແຫ່ງຊາດລາວ ສົນໃຈຮ່ວມມືຄົ້ນຄວ້າການຮັບຮູ້ສຽງເວົ້າພາສາລາວ. ພວກເຮົາມີຂໍ້ມູນສຽງປະມານ 200 ຊົ່ວໂມງ.',
    answer: {
      daysAgo: 92,
      decision: 'accept',
      message: 'ยินดีร่วมมือครับ ชุดเครื่องมือของเรารองรับภาษาลาวบางส่วนแล้ว ขอนัดประชุมออนไลน์เพื่อหารือเรื่องข้อมูลเสียง',
    },
    pipeline: {
      moves: [
        { daysAgo: 80, by: 'vilayphone_sihalath', to: 'meeting_held' },
        {
          daysAgo: 30,
          by: 'thanakorn_phungboon',
          to: 'closed_without_agreement',
          closedReason: 'funding_unavailable',
          comment: 'ยังไม่ได้รับทุนวิจัยร่วม จะยื่นข้อเสนอใหม่ในรอบหน้า',
        },
      ],
    },
  },
  {
    requestKey: 'mekong-solar-village-minigrid',
    offerKey: 'dianguang-pv-storage-microgrid',
    sentDaysAgo: 80,
    message:
      'ສະຫະກອນພະລັງງານແສງຕາເວັນແມ່ຂອງ ຕ້ອງການລະບົບໄຟຟ້າຂະໜາດນ້ອຍ ພ້ອມແບັດເຕີຣີ ແລະ ມິເຕີຈ່າຍເງິນລ່ວງໜ້າ ສຳລັບ 12 ບ້ານ ທີ່ຍັງບໍ່ມີໄຟຟ້າ.',
    answer: {
      daysAgo: 78,
      decision: 'accept',
      message: '我们的光储微电网控制器已在云南山区应用，可以为12个村设计方案。请提供各村户数和用电需求。',
    },
    replies: [{ daysAgo: 76, side: 'from', body: 'ພວກເຮົາໄດ້ສົ່ງຂໍ້ມູນຈຳນວນຄົວເຮືອນຂອງແຕ່ລະບ້ານແລ້ວ.' }],
    pipeline: {
      moves: [
        { daysAgo: 65, by: 'ma_jun', to: 'meeting_held' },
        { daysAgo: 50, by: 'sengphet_boudara', to: 'nda_signed' },
      ],
      nextSteps: [
        {
          daysAgo: 40,
          by: 'sengphet_boudara',
          owner: 'ma_jun',
          dueInDays: 9,
          description: '完成12个村的微电网初步设计并报价。',
        },
      ],
    },
  },
  {
    requestKey: 'mem-hydropower-dam-safety',
    offerKey: 'hust-fibre-optic-dam-monitoring',
    sentDaysAgo: 98,
    message: 'ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່ ຕ້ອງການຄົ້ນຄວ້າຮ່ວມກ່ຽວກັບລະບົບຕິດຕາມຄວາມປອດໄພຂອງເຂື່ອນໄຟຟ້າພະລັງນ້ຳ ດ້ວຍເສັ້ນໃຍແກ້ວນຳແສງ.',
    answer: {
      daysAgo: 95,
      decision: 'accept',
      message:
        'Trường Đại học Bách khoa Hà Nội rất vui được hợp tác. Chúng tôi đề xuất lắp thử hệ thống cảm biến sợi quang tại một đập ở Lào.',
    },
    pipeline: {
      moves: [
        { daysAgo: 70, by: 'bounmy_sisouvanh', to: 'negotiation' },
        {
          daysAgo: 40,
          by: 'pham_van_hung',
          to: 'agreement_signed',
          agreement: {
            type: 'technical_cooperation_or_service',
            value: { amount: 4_800_000_000, currency: 'VND' },
            ipTerms: 'Bản quyền phần mềm thuộc HUST; dữ liệu quan trắc thuộc Bộ Năng lượng và Mỏ Lào.',
          },
        },
        { daysAgo: 30, by: 'bounmy_sisouvanh', to: 'implementation' },
      ],
      nextSteps: [
        {
          daysAgo: 30,
          by: 'bounmy_sisouvanh',
          owner: 'pham_van_hung',
          dueInDays: -2,
          description: 'Hoàn thành khảo sát hiện trường và bản vẽ lắp đặt cảm biến.',
          doneDaysAgo: 3,
        },
      ],
    },
  },
  {
    requestKey: 'caiyun-tropical-fruit-consolidation',
    offerKey: 'coldlink-fruit-consolidation-rail',
    sentDaysAgo: 48,
    message: '彩云冷链希望与贵公司合作，在泰国集货、预冷和包装热带水果，经中老铁路运往昆明。',
    answer: {
      daysAgo: 46,
      decision: 'accept',
      message: 'ยินดีค่ะ เรามีศูนย์รวบรวมและห้องเย็นที่จันทบุรี พร้อมส่งผลไม้ทางรถไฟผ่านลาว',
    },
    pipeline: {
      moves: [
        { daysAgo: 30, by: 'he_xue', to: 'negotiation' },
        {
          daysAgo: 12,
          by: 'chonthicha_rungruang',
          to: 'agreement_signed',
          agreement: { type: 'joint_venture', value: { amount: 15_000_000, currency: 'THB' } },
        },
      ],
    },
  },
  {
    requestKey: 'ayeyarwady-rice-husk-parboiling',
    offerKey: 'nstda-rice-husk-furnace-dryer',
    sentDaysAgo: 82,
    message: 'ဧရာဝတီဆန်စက်မှ စပါးခွံလောင်စာသုံး စပါးအခြောက်ခံစက်နှင့် ဆန်ပေါင်းနည်းပညာကို စိတ်ဝင်စားပါသည်။',
    answer: {
      daysAgo: 80,
      decision: 'accept',
      message: 'ยินดีค่ะ เตาเผาแกลบของเราเหมาะกับโรงสีขนาดกลาง ขอข้อมูลกำลังการผลิตต่อวันด้วยค่ะ',
    },
    pipeline: {
      moves: [
        {
          daysAgo: 40,
          by: 'kyaw_swar_lin',
          to: 'closed_without_agreement',
          closedReason: 'technical_mismatch',
          comment: 'ကျွန်ုပ်တို့၏ စက်ရုံအရွယ်အစားနှင့် မကိုက်ညီပါ။',
        },
      ],
    },
  },
  {
    requestKey: 'phu-sa-xanh-distributors',
    offerKey: 'khammouane-agro-distribution-network',
    sentDaysAgo: 75,
    message:
      'Công ty giống Phù Sa Xanh tìm nhà phân phối giống lúa chịu mặn tại Lào. Chúng tôi muốn hợp tác với mạng lưới phân phối của quý công ty.',
    answer: {
      daysAgo: 70,
      decision: 'decline',
      reason: 'no_capacity',
      message: 'ຂອບໃຈ. ປີນີ້ເຄືອຂ່າຍຂອງພວກເຮົາບໍ່ມີຄວາມສາມາດພໍ ທີ່ຈະຮັບສິນຄ້າໃໝ່.',
    },
  },
  {
    requestKey: 'thuriya-offline-wallet',
    offerKey: 'red-river-offline-payments-ekyc',
    sentDaysAgo: 62,
    message: 'သူရိယပေးမှ အင်တာနက်မလိုသော QR ငွေပေးချေမှုနှင့် eKYC နည်းပညာကို စိတ်ဝင်စားပါသည်။',
    answer: {
      daysAgo: 58,
      decision: 'decline',
      reason: 'insufficient_information',
      message:
        'Cảm ơn quý công ty. Xin vui lòng cho biết thêm về quy mô người dùng và yêu cầu pháp lý tại Myanmar trước khi chúng tôi xem xét.',
    },
  },
  {
    requestKey: 'golden-sun-solar-pumps',
    offerKey: 'community-solar-pump-kit',
    sentDaysAgo: 90,
    message: 'ရွှေနေဝန်းစွမ်းအင်မှ အညာဒေသ ရွာများအတွက် နေရောင်ခြည်သုံး ရေစုပ်စက်နည်းပညာကို ရှာဖွေနေပါသည်။',
    answer: {
      daysAgo: 86,
      decision: 'decline',
      reason: 'already_partnered',
      message: 'ขอบคุณครับ ขณะนี้เรามีพันธมิตรในเมียนมาแล้ว',
    },
  },
  {
    requestKey: 'water-informatics-flood-forecasting',
    offerKey: 'nstda-mekong-flood-forecast-platform',
    sentDaysAgo: 6,
    message: 'ບໍລິສັດຂໍ້ມູນນ້ຳແມ່ຂອງ ສົນໃຈແພລດຟອມພະຍາກອນນ້ຳຖ້ວມ ທີ່ໃຊ້ຂໍ້ມູນດາວທຽມ ແລະ AI ສຳລັບອ່າງແມ່ນ້ຳງື່ມ.',
  },
  {
    requestKey: 'itc-etuktuk-battery-swapping',
    offerKey: 'bach-dang-lfp-swappable-packs',
    sentDaysAgo: 3,
    message: 'វិទ្យាស្ថានបច្ចេកវិទ្យាកម្ពុជា ចាប់អារម្មណ៍លើថ្មលីចូមដែលអាចប្តូរបាន សម្រាប់ការស្រាវជ្រាវរថយន្តកង់បីអគ្គិសនី។',
  },
];

/**
 * Units per US dollar of the currencies the scripted agreements are signed in; the script lets them
 * drift a little from month to month. Riel and kyat get no rate: no demo agreement uses them, and an
 * agreement in a currency without a rate is a state the dashboard must show ("without USD value").
 */
export const DEMO_RATE_BASES: Readonly<Partial<Record<RatedCurrency, number>>> = {
  CNY: 7.18,
  LAK: 21_650,
  THB: 34.6,
  VND: 25_450,
};

/** Where the demo rates come from (administrators enter rates by hand from these sources). */
export const DEMO_RATE_SOURCE = 'Demo data: central bank reference rates, rounded';

/** A participant of the docking fair: the organisation, the person registering and what they bring. */
export interface ScriptedParticipant {
  orgKey: string;
  by: string;
  registeredDaysAgo: number;
  /** Profiles to show with the registration; only those already published when registering are linked. */
  profileKeys: string[];
  sectors: string[];
  keywords: string[];
  offer: MultilingualText;
  seek: MultilingualText;
  /** The organisers decline this registration with the reason given. */
  declinedReason?: string;
  /** Did not come to the fair (no check-in). */
  absent?: boolean;
}

/** One side's answer after a meeting. */
export interface ScriptedFollowUp {
  side: 'requester' | 'recipient';
  followUp: boolean;
  comment: string;
}

/** A meeting request at the fair and what became of it. */
export interface ScriptedMeeting {
  from: string;
  to: string;
  message: string;
  answer: 'accept' | 'decline' | 'none';
  declineReason?: string;
  mustMeet?: boolean;
  attendance?: MeetingAttendance;
  followUps?: ScriptedFollowUp[];
  /** When both sides want to follow up, the cooperation opened for the meeting goes on like this. */
  pipeline?: ScriptedPipeline;
}

/** How many days before the seeding day the Kunming fair opens. */
export const FAIR_DAYS_AGO = 120;

export const FAIR = {
  organiserKey: 'kust_ittc',
  organiser: 'liu_yang',
  coOrganiserKey: 'most_cn',
  timeZone: 'Asia/Shanghai',
  title: {
    zh: '中国—南亚暨澜湄合作技术转移对接会（昆明）',
    en: 'China–South Asia and Lancang-Mekong Technology Transfer Docking Fair (Kunming)',
    lo: 'ງານຈັບຄູ່ການຖ່າຍທອດເຕັກໂນໂລຊີ ຈີນ–ອາຊີໃຕ້ ແລະ ລ້ານຊ້າງ–ແມ່ຂອງ (ຄຸນໝິງ)',
    th: 'งานจับคู่ถ่ายทอดเทคโนโลยีจีน–เอเชียใต้และล้านช้าง–แม่โขง (คุนหมิง)',
    vi: 'Hội chợ kết nối chuyển giao công nghệ Trung Quốc – Nam Á và Lan Thương – Mê Kông (Côn Minh)',
  },
  description: {
    zh: '由昆明理工大学国际技术转移中心承办，面向湄公河国家的大学、科研院所和企业。上午为技术路演，下午和第二天上午为一对一洽谈，第二天下午参观昆明理工大学科技园。',
    en: 'Hosted by the International Technology Transfer Centre of Kunming University of Science and Technology for universities, research institutes and enterprises of the Mekong countries: technology roadshows in the morning, one-to-one meetings in the afternoon and on the second morning, and a visit to the KUST science park.',
  },
  venueName: '昆明滇池国际会展中心 (Kunming Dianchi International Convention and Exhibition Center)',
  venueAddress: '昆明市官渡区滇池路',
  city: 'Kunming',
  capacity: 30,
  tableCount: 8,
  tableLabels: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'],
  maxMeetingsPerParticipant: 8,
  /** Created and published this many days before the fair opens. */
  publishedDaysBefore: 60,
} as const;

/** The fair's programme: day 1 or 2, local times in the fair's zone. */
export const FAIR_SESSIONS: ReadonlyArray<{
  day: 1 | 2;
  from: string;
  to: string;
  title: MultilingualText;
  location: string;
}> = [
  {
    day: 1,
    from: '09:00',
    to: '10:30',
    title: { zh: '开幕式及主旨演讲', en: 'Opening ceremony and keynotes' },
    location: '主会场 Main hall',
  },
  {
    day: 1,
    from: '10:45',
    to: '12:00',
    title: {
      zh: '技术路演：钾盐、冷链与数字技术',
      en: 'Technology roadshow: potash, cold chain and digital',
    },
    location: '主会场 Main hall',
  },
  {
    day: 1,
    from: '14:00',
    to: '17:30',
    title: { zh: '一对一洽谈（一）', en: 'One-to-one meetings (1)' },
    location: 'B2B 洽谈区 B2B area',
  },
  {
    day: 2,
    from: '09:00',
    to: '12:00',
    title: { zh: '一对一洽谈（二）', en: 'One-to-one meetings (2)' },
    location: 'B2B 洽谈区 B2B area',
  },
  {
    day: 2,
    from: '14:00',
    to: '16:30',
    title: { zh: '参观昆明理工大学科技园', en: 'Visit to the KUST science park' },
    location: '呈贡校区 Chenggong campus',
  },
];

/** The fair's blocks of 25-minute meetings with 5-minute breaks (day, local start and end). */
export const FAIR_SLOT_BLOCKS: ReadonlyArray<{ day: 1 | 2; from: string; to: string }> = [
  { day: 1, from: '14:00', to: '17:30' },
  { day: 2, from: '09:00', to: '12:00' },
];

export const FAIR_PARTICIPANTS: readonly ScriptedParticipant[] = [
  {
    orgKey: 'kust',
    by: 'li_na',
    registeredDaysAgo: 150,
    profileKeys: ['kust-railway-mining-training', 'kust-vacuum-metallurgy-tin'],
    sectors: ['mining.metallurgy', 'agrifood.fertilisers'],
    keywords: ['potash', 'vacuum metallurgy', 'railway training'],
    offer: { zh: '钾盐浮选与复合肥造粒、真空冶金、铁路与矿山技术人员培训。' },
    seek: { zh: '老挝、缅甸的矿业、化肥和职业教育合作伙伴。' },
  },
  {
    orgKey: 'donlinks',
    by: 'huang_zhen',
    registeredDaysAgo: 148,
    profileKeys: [],
    sectors: ['mining.mining', 'agrifood.fertilisers'],
    keywords: ['potash', 'potassium chloride'],
    offer: { zh: '老挝钾盐项目的氯化钾区域供应。' },
    seek: { zh: '钾肥下游客户和老挝本地人才培训伙伴。' },
  },
  {
    orgKey: 'yaas',
    by: 'luo_chunmei',
    registeredDaysAgo: 147,
    profileKeys: ['yaas-virus-free-seed-potato'],
    sectors: ['agrifood.crops_seeds', 'agrifood.food_processing'],
    keywords: ['seed potato', 'coffee', 'biocontrol'],
    offer: { zh: '脱毒种薯、咖啡湿法加工、草地贪夜蛾生物防治技术。' },
    seek: { zh: '湄公河国家的农业推广和示范基地合作伙伴。' },
  },
  {
    orgKey: 'caiyun_cold_chain',
    by: 'he_xue',
    registeredDaysAgo: 146,
    profileKeys: [],
    sectors: ['transport.cold_chain'],
    keywords: ['cold room', 'tropical fruit', 'rail freight'],
    offer: { zh: '光伏直驱模块化冷库和物联网温度追踪。' },
    seek: { zh: '泰国、老挝、越南的水果集货和冷链物流伙伴。' },
  },
  {
    orgKey: 'dianguang_microgrid',
    by: 'ma_jun',
    registeredDaysAgo: 145,
    profileKeys: [],
    sectors: ['green.clean_energy'],
    keywords: ['microgrid', 'solar', 'prepaid metering'],
    offer: { zh: '光储微电网控制器和预付费电表。' },
    seek: { zh: '缅甸、柬埔寨的安装运维合作伙伴。' },
  },
  {
    orgKey: 'lm_agri_alliance',
    by: 'zhang_guifen',
    registeredDaysAgo: 144,
    profileKeys: [],
    sectors: ['agrifood.agri_machinery', 'digital.ecommerce'],
    keywords: ['combine harvester', 'e-commerce', 'live streaming'],
    offer: { zh: '小型履带式联合收割机，跨境电商与直播带货培训。' },
    seek: { zh: '农机经销商和农民合作社。' },
  },
  {
    orgKey: 'banna_dai_medicine',
    by: 'yu_xiang',
    registeredDaysAgo: 143,
    profileKeys: ['banna-medicinal-plant-survey'],
    sectors: ['health.traditional_medicine', 'biotech.bioresources'],
    keywords: ['supercritical extraction', 'medicinal plants', 'dai medicine'],
    offer: { zh: '超临界二氧化碳萃取和指纹图谱质量控制。' },
    seek: { zh: '澜湄边境地区药用植物联合调查伙伴。' },
  },
  {
    orgKey: 'khammouane_agro',
    by: 'somsack_inthavong',
    registeredDaysAgo: 142,
    profileKeys: [],
    sectors: ['agrifood.fertilisers'],
    keywords: ['potash', 'npk fertiliser', 'distribution'],
    offer: { lo: 'ເຄືອຂ່າຍຈຳໜ່າຍປັດໄຈການຜະລິດກະສິກຳ ຢູ່ພາກກາງ ແລະ ພາກໃຕ້ຂອງລາວ.' },
    seek: { lo: 'ເຕັກໂນໂລຊີຜະລິດຝຸ່ນ NPK ຈາກໂປແຕັສໃນທ້ອງຖິ່ນ.' },
  },
  {
    orgKey: 'bolaven_coffee',
    by: 'manivone_siprasoeuth',
    registeredDaysAgo: 141,
    profileKeys: [],
    sectors: ['agrifood.food_processing', 'digital.ecommerce'],
    keywords: ['coffee', 'wet processing', 'wastewater'],
    offer: { lo: 'ກາເຟອາຣາບິກາ ຈາກພູພຽງບໍລະເວນ.' },
    seek: { lo: 'ເຕັກໂນໂລຊີປຸງແຕ່ງກາເຟ, ການບຳບັດນ້ຳເສຍ ແລະ ຊ່ອງທາງຂາຍອອນລາຍໃນຈີນ.' },
  },
  {
    orgKey: 'souphanouvong_university',
    by: 'phonesavanh_keomany',
    registeredDaysAgo: 140,
    profileKeys: ['souphanouvong-straw-biofertiliser'],
    sectors: ['poverty.vocational_skills', 'health.traditional_medicine'],
    keywords: ['railway training', 'medicinal plants', 'field research'],
    offer: { lo: 'ການຕ້ອນຮັບນັກຄົ້ນຄວ້າພາກສະໜາມ ຢູ່ພາກເໜືອຂອງລາວ.' },
    seek: { lo: 'ຄູ່ຮ່ວມມືຝຶກອົບຮົມນັກວິຊາການທາງລົດໄຟ.' },
  },
  {
    orgKey: 'boten_rail_logistics',
    by: 'thonglith_chanthala',
    registeredDaysAgo: 139,
    profileKeys: [],
    sectors: ['transport.cross_border_logistics', 'transport.cold_chain'],
    keywords: ['transshipment', 'customs', 'cold storage'],
    offer: { lo: 'ການຂົນຖ່າຍລາງ-ທາງຫຼວງ ແລະ ພິທີການພາສີ ຢູ່ສະຖານີບໍ່ເຕັນ.' },
    seek: { lo: 'ຫ້ອງເຢັນ ແລະ ການຕິດຕາມອຸນຫະພູມສຳລັບໝາກໄມ້ສົ່ງອອກ.' },
  },
  {
    orgKey: 'nstda',
    by: 'piyanut_wongyai',
    registeredDaysAgo: 138,
    profileKeys: ['nstda-dengue-genomic-surveillance'],
    sectors: ['energy.bioenergy', 'green.climate_adaptation'],
    keywords: ['rice husk', 'flood forecasting', 'dengue'],
    offer: { th: 'เตาเผาแกลบสำหรับอบข้าวเปลือก แพลตฟอร์มพยากรณ์น้ำท่วม' },
    seek: { th: 'พันธมิตรนำเทคโนโลยีไปใช้ในประเทศลุ่มน้ำโขง' },
  },
  {
    orgKey: 'kku',
    by: 'supawadee_saenkham',
    registeredDaysAgo: 137,
    profileKeys: ['kku-cassava-silage-cattle'],
    sectors: ['agrifood.crops_seeds', 'green.environmental_protection'],
    keywords: ['cassava', 'mosaic disease', 'constructed wetland'],
    offer: { th: 'ท่อนพันธุ์มันสำปะหลังสะอาดปลอดโรคใบด่าง และระบบบึงประดิษฐ์บำบัดน้ำเสีย' },
    seek: { th: 'ผู้ผลิตท่อนพันธุ์และโรงงานแปรรูปเกษตรในกัมพูชาและลาว' },
  },
  {
    orgKey: 'bangkok_coldlink',
    by: 'chonthicha_rungruang',
    registeredDaysAgo: 136,
    profileKeys: [],
    sectors: ['transport.cold_chain'],
    keywords: ['fruit consolidation', 'reefer', 'rail export'],
    offer: { th: 'รวบรวม คัดบรรจุ และลดอุณหภูมิผลไม้ไทยเพื่อส่งออกทางรถไฟไปจีน' },
    seek: { th: 'พันธมิตรขนถ่ายตู้สินค้าควบคุมอุณหภูมิที่สถานีรถไฟในลาว' },
  },
  {
    orgKey: 'kampong_thom_agro',
    by: 'chhim_dara',
    registeredDaysAgo: 135,
    profileKeys: [],
    sectors: ['agrifood.crops_seeds', 'agrifood.food_processing'],
    keywords: ['cassava', 'cashew', 'starch'],
    offer: { km: 'ការផ្គត់ផ្គង់ដំឡូងមីក្រៀមដែលមានគុណភាពស្ថិរភាព។' },
    seek: { km: 'ដើមពូជដំឡូងមីស្អាតគ្មានជំងឺ និងម៉ាស៊ីនបកគ្រាប់ស្វាយចន្ទី។' },
  },
  {
    orgKey: 'angkor_medtech',
    by: 'tep_sreynich',
    registeredDaysAgo: 134,
    profileKeys: [],
    sectors: ['health.diagnostics_vaccines'],
    keywords: ['dengue', 'rapid test', 'distribution'],
    offer: { km: 'បណ្តាញចែកចាយឧបករណ៍វេជ្ជសាស្ត្រនៅកម្ពុជា។' },
    seek: { km: 'អ្នកអភិវឌ្ឍតេស្តរហ័សជំងឺគ្រុនឈាម។' },
  },
  {
    orgKey: 'battambang_seed',
    by: 'lim_sokha',
    registeredDaysAgo: 133,
    profileKeys: ['battambang-contract-seed-multiplication'],
    sectors: ['agrifood.crops_seeds'],
    keywords: ['rice seed', 'flood tolerance', 'drought tolerance'],
    offer: { km: 'ការបង្កាត់ពូជស្រូវតាមកិច្ចសន្យានៅបាត់ដំបង។' },
    seek: { km: 'ពូជស្រូវធន់នឹងទឹកជំនន់ និងគ្រោះរាំងស្ងួត។' },
  },
  {
    orgKey: 'yau',
    by: 'nilar_win',
    registeredDaysAgo: 132,
    profileKeys: [],
    sectors: ['agrifood.crops_seeds', 'agrifood.agri_machinery'],
    keywords: ['seed potato', 'combine harvester', 'fall armyworm'],
    offer: { my: 'ရှမ်းပြည်နယ်ရှိ စမ်းသပ်ကွင်းများနှင့် စိုက်ပျိုးရေးသုတေသန။' },
    seek: { my: 'မျိုးစေ့အာလူးနည်းပညာနှင့် အသေးစား ရိတ်သိမ်းခြွေလှေ့စက်။' },
  },
  {
    orgKey: 'shwe_hinthar_herbal',
    by: 'thida_myint',
    registeredDaysAgo: 131,
    profileKeys: [],
    sectors: ['health.traditional_medicine'],
    keywords: ['herbal extract', 'quality control', 'thanaka'],
    offer: { my: 'သနပ်ခါး အဆီထုတ်ပစ္စည်း။' },
    seek: { my: 'တိုင်းရင်းဆေး စံချိန်စံညွှန်းသတ်မှတ်ရေး နည်းပညာ။' },
  },
  {
    orgKey: 'golden_sun_energy',
    by: 'moe_moe_aye',
    registeredDaysAgo: 130,
    profileKeys: [],
    sectors: ['green.clean_energy'],
    keywords: ['solar', 'installation', 'rural electrification'],
    offer: { my: 'ကျေးလက်လျှပ်စစ်စနစ် တပ်ဆင်ခြင်းနှင့် ပြုပြင်ထိန်းသိမ်းခြင်း။' },
    seek: { my: 'နေရောင်ခြည်စွမ်းအင် နည်းပညာ ပံ့ပိုးသူများ။' },
    absent: true,
  },
  {
    orgKey: 'ayeyarwady_rice',
    by: 'kyaw_swar_lin',
    registeredDaysAgo: 129,
    profileKeys: [],
    sectors: ['agrifood.food_processing', 'green.climate_adaptation'],
    keywords: ['parboiling', 'rice husk', 'salinity'],
    offer: { my: 'ဧရာဝတီတိုင်းမှ ဆန်စက်များ။' },
    seek: { my: 'စပါးခွံလောင်စာသုံး အခြောက်ခံစက်နှင့် ဆားငန်ရေဝင်ရောက်မှု သတိပေးစနစ်။' },
  },
  {
    orgKey: 'ctu',
    by: 'nguyen_thanh_tung',
    registeredDaysAgo: 128,
    profileKeys: [],
    sectors: ['agrifood.crops_seeds', 'green.climate_adaptation'],
    keywords: ['salt-tolerant rice', 'salinity monitoring', 'aquafeed'],
    offer: { vi: 'Giống lúa chịu mặn, chịu ngập và hạn; quan trắc mặn tự động.' },
    seek: { vi: 'Đối tác khảo nghiệm giống tại Campuchia, Lào và Myanmar.' },
  },
  {
    orgKey: 'vast',
    by: 'le_thi_hong',
    registeredDaysAgo: 127,
    profileKeys: ['vast-mangrove-carbon'],
    sectors: ['health.diagnostics_vaccines', 'green.water_resources'],
    keywords: ['dengue', 'lamp', 'arsenic'],
    offer: { vi: 'Bộ kit RT-LAMP phát hiện nhanh sốt xuất huyết; vật liệu đá ong lọc asen.' },
    seek: { vi: 'Nhà phân phối thiết bị y tế tại Campuchia và Lào.' },
  },
  {
    orgKey: 'thuriya_pay',
    by: 'aung_pyae_sone',
    registeredDaysAgo: 127,
    profileKeys: [],
    sectors: ['digital.fintech'],
    keywords: ['mobile wallet', 'ekyc'],
    offer: { my: 'ကျေးလက်ငွေပေးချေမှု ကိုယ်စားလှယ်ကွန်ရက်။' },
    seek: { my: 'အော့ဖ်လိုင်း ငွေပေးချေမှုနည်းပညာ။' },
    declinedReason: '本次对接会聚焦农业、矿业、能源、冷链与医药领域，欢迎参加下一届数字经济专场。',
  },
];

/** Meeting requests at the fair, in the order they were sent (requester and recipient organisations). */
export const FAIR_MEETINGS: readonly ScriptedMeeting[] = [
  {
    from: 'yau',
    to: 'yaas',
    message: 'မျိုးစေ့အာလူး ပူးပေါင်းဆောင်ရွက်မှုအကြောင်း ဆွေးနွေးလိုပါသည်။',
    answer: 'accept',
    mustMeet: true,
    attendance: 'held',
  },
  {
    from: 'bolaven_coffee',
    to: 'yaas',
    message: 'ພວກເຮົາຢາກຮູ້ກ່ຽວກັບການປຸງແຕ່ງກາເຟແບບປຽກ.',
    answer: 'accept',
    attendance: 'held',
    followUps: [
      { side: 'requester', followUp: true, comment: 'ຈະສົ່ງຄວາມສົນໃຈຜ່ານແພລດຟອມ.' },
      { side: 'recipient', followUp: false, comment: '等对方在平台上正式联系。' },
    ],
  },
  {
    from: 'bolaven_coffee',
    to: 'lm_agri_alliance',
    message: 'ພວກເຮົາສົນໃຈການຝຶກອົບຮົມການຂາຍອອນລາຍ.',
    answer: 'accept',
    attendance: 'held',
  },
  {
    from: 'bolaven_coffee',
    to: 'kku',
    message: 'ພວກເຮົາຕ້ອງການບຳບັດນ້ຳເສຍຈາກການປຸງແຕ່ງກາເຟ.',
    answer: 'accept',
    attendance: 'held',
  },
  {
    from: 'boten_rail_logistics',
    to: 'caiyun_cold_chain',
    message: 'ພວກເຮົາຕ້ອງການຫ້ອງເຢັນຢູ່ສະຖານີບໍ່ເຕັນ.',
    answer: 'accept',
    mustMeet: true,
    attendance: 'held',
    followUps: [
      { side: 'requester', followUp: true, comment: 'ຢາກໄດ້ໃບສະເໜີລາຄາ.' },
      { side: 'recipient', followUp: true, comment: '会后提供冷库报价。' },
    ],
    pipeline: {
      moves: [{ daysAgo: 100, by: 'he_xue', to: 'meeting_held', comment: '赴磨丁站现场勘察。' }],
      nextSteps: [
        {
          daysAgo: 60,
          by: 'thonglith_chanthala',
          owner: 'he_xue',
          dueInDays: 14,
          description: '提交磨丁站冷库报价和安装方案。',
        },
      ],
    },
  },
  {
    from: 'caiyun_cold_chain',
    to: 'bangkok_coldlink',
    message: '希望了解贵公司的水果集货和预冷能力。',
    answer: 'accept',
    attendance: 'held',
  },
  {
    from: 'khammouane_agro',
    to: 'kust',
    message: 'ພວກເຮົາຢາກຜະລິດຝຸ່ນ NPK ຈາກໂປແຕັສ ຢູ່ແຂວງຄຳມ່ວນ.',
    answer: 'accept',
    mustMeet: true,
    attendance: 'held',
    followUps: [
      { side: 'requester', followUp: true, comment: 'ຢາກໄປຢ້ຽມຊົມຫ້ອງທົດລອງ.' },
      { side: 'recipient', followUp: true, comment: '欢迎来校参观中试线。' },
    ],
    pipeline: {
      moves: [
        { daysAgo: 95, by: 'li_na', to: 'nda_signed', comment: '签署保密协议后提供工艺资料。' },
        { daysAgo: 40, by: 'somsack_inthavong', to: 'negotiation' },
      ],
      nextSteps: [
        {
          daysAgo: 35,
          by: 'somsack_inthavong',
          owner: 'li_na',
          dueInDays: 7,
          description: '提交年产5万吨复合肥生产线的技术方案和报价。',
        },
      ],
    },
  },
  {
    from: 'dianguang_microgrid',
    to: 'golden_sun_energy',
    message: '希望讨论缅甸农村微电网的安装和运维合作。',
    answer: 'accept',
    attendance: 'recipient_no_show',
  },
  {
    from: 'shwe_hinthar_herbal',
    to: 'banna_dai_medicine',
    message: 'တိုင်းရင်းဆေး အဆီထုတ်နည်းပညာအကြောင်း ဆွေးနွေးလိုပါသည်။',
    answer: 'accept',
    attendance: 'held',
    followUps: [
      { side: 'requester', followUp: true, comment: 'နမူနာများ ပို့ပေးပါမည်။' },
      { side: 'recipient', followUp: true, comment: '请寄送样品做指纹图谱分析。' },
    ],
    pipeline: {
      moves: [
        { daysAgo: 105, by: 'yu_xiang', to: 'meeting_held', comment: '样品分析结果讨论会。' },
        { daysAgo: 90, by: 'thida_myint', to: 'nda_signed' },
      ],
    },
  },
  {
    from: 'banna_dai_medicine',
    to: 'souphanouvong_university',
    message: '希望合作开展药用植物野外调查。',
    answer: 'accept',
    attendance: 'held',
  },
  {
    from: 'kampong_thom_agro',
    to: 'kku',
    message: 'យើងត្រូវការដើមពូជដំឡូងមីស្អាត។',
    answer: 'accept',
    attendance: 'held',
    followUps: [
      { side: 'requester', followUp: true, comment: 'សូមមកមើលចម្ការរបស់យើង។' },
      { side: 'recipient', followUp: true, comment: 'จะส่งชุดตรวจโรคใบด่างให้ทดลองก่อน' },
    ],
  },
  {
    from: 'yau',
    to: 'lm_agri_alliance',
    message: 'အသေးစား ရိတ်သိမ်းခြွေလှေ့စက်များကို စိတ်ဝင်စားပါသည်။',
    answer: 'accept',
    attendance: 'held',
  },
  {
    from: 'angkor_medtech',
    to: 'vast',
    message: 'យើងចង់ចែកចាយតេស្តរហ័សជំងឺគ្រុនឈាមនៅកម្ពុជា។',
    answer: 'accept',
    mustMeet: true,
    attendance: 'held',
    followUps: [
      { side: 'requester', followUp: true, comment: 'សូមផ្ញើសំណើតម្លៃ។' },
      { side: 'recipient', followUp: true, comment: 'Sẽ gửi hồ sơ đăng ký lưu hành tại Campuchia.' },
    ],
    pipeline: {
      moves: [
        { daysAgo: 100, by: 'le_thi_hong', to: 'nda_signed' },
        { daysAgo: 80, by: 'tep_sreynich', to: 'negotiation' },
        {
          daysAgo: 45,
          by: 'le_thi_hong',
          to: 'agreement_signed',
          agreement: {
            type: 'licence',
            value: { amount: 95_000, currency: 'USD' },
            ipTerms: 'Giấy phép phân phối độc quyền bộ kit tại Campuchia trong ba năm.',
          },
        },
      ],
    },
  },
  {
    from: 'battambang_seed',
    to: 'ctu',
    message: 'យើងចាប់អារម្មណ៍លើពូជស្រូវធន់នឹងទឹកជំនន់។',
    answer: 'accept',
    attendance: 'held',
    followUps: [
      { side: 'requester', followUp: true, comment: 'ចង់សាកល្បងពូជនៅរដូវក្រោយ។' },
      { side: 'recipient', followUp: false, comment: 'Chờ kết quả khảo nghiệm giống năm nay.' },
    ],
  },
  {
    from: 'ayeyarwady_rice',
    to: 'nstda',
    message: 'စပါးခွံလောင်စာသုံး အခြောက်ခံစက်ကို စိတ်ဝင်စားပါသည်။',
    answer: 'accept',
    attendance: 'held',
    followUps: [
      { side: 'requester', followUp: true, comment: 'နည်းပညာအသေးစိတ် ထပ်မံလေ့လာလိုပါသည်။' },
      { side: 'recipient', followUp: false, comment: 'ต้องการข้อมูลกำลังการผลิตของโรงสีก่อน' },
    ],
  },
  {
    from: 'ayeyarwady_rice',
    to: 'ctu',
    message: 'ဆားငန်ရေ ဝင်ရောက်မှု သတိပေးစနစ်ကို စိတ်ဝင်စားပါသည်။',
    answer: 'accept',
    attendance: 'requester_no_show',
  },
  {
    from: 'souphanouvong_university',
    to: 'kust',
    message: 'ປຶກສາຫາລືຫຼັກສູດຝຶກອົບຮົມທາງລົດໄຟ ລຸ້ນທີສອງ.',
    answer: 'accept',
    attendance: 'held',
  },
  {
    from: 'khammouane_agro',
    to: 'donlinks',
    message: 'ພວກເຮົາຕ້ອງການໂປແຕັສສຳລັບຜະລິດຝຸ່ນ.',
    answer: 'accept',
    attendance: 'held',
  },
  {
    from: 'bangkok_coldlink',
    to: 'boten_rail_logistics',
    message: 'We are looking for reefer handling at Boten station.',
    answer: 'accept',
    attendance: 'held',
  },
  {
    from: 'ctu',
    to: 'yaas',
    message: 'Muốn trao đổi về phòng trừ sâu keo mùa thu bằng biện pháp sinh học.',
    answer: 'decline',
    declineReason: '日程已满，会后线上交流。',
  },
  {
    from: 'kku',
    to: 'banna_dai_medicine',
    message: 'สนใจแลกเปลี่ยนเรื่องมาตรฐานสมุนไพร',
    answer: 'none',
  },
];

/** How many days after the seeding day the Vientiane roadshow opens. */
export const ROADSHOW_DAYS_AHEAD = 45;

export const ROADSHOW = {
  organiserKey: 'mtc_la',
  organiser: 'souliya_phommachanh',
  coOrganiserKey: 'kust_ittc',
  coOrganiser: 'chen_li',
  timeZone: 'Asia/Vientiane',
  title: {
    lo: 'ງານສັນຈອນເຜີຍແຜ່ການຖ່າຍທອດເຕັກໂນໂລຊີ ລ້ານຊ້າງ–ແມ່ຂອງ: ນະຄອນຫຼວງວຽງຈັນ',
    en: 'Lancang-Mekong Technology Transfer Roadshow: Vientiane',
    zh: '澜湄技术转移路演·万象站',
  },
  description: {
    lo: 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ຮ່ວມກັບ ສູນຖ່າຍທອດເຕັກໂນໂລຊີສາກົນ ມະຫາວິທະຍາໄລວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີຄຸນໝິງ ຂໍເຊີນວິສາຫະກິດ, ມະຫາວິທະຍາໄລ ແລະ ສະຖາບັນຄົ້ນຄວ້າ ເຂົ້າຮ່ວມການນຳສະເໜີເຕັກໂນໂລຊີ ດ້ານໂປແຕັສ, ລະບົບຕ່ອງໂສ້ຄວາມເຢັນ ແລະ ກະສິກຳອັດສະລິຍະ, ການຝຶກອົບຮົມສັນຍາຖ່າຍທອດເຕັກໂນໂລຊີ ແລະ ການພົບປະແບບໜຶ່ງຕໍ່ໜຶ່ງ.',
    en: 'The Ministry of Technology and Communications and the International Technology Transfer Centre of Kunming University of Science and Technology invite enterprises, universities and research institutes to technology presentations on potash, cold chain and smart agriculture, a training on technology transfer contracts, and one-to-one meetings.',
    zh: '老挝技术与通信部与昆明理工大学国际技术转移中心联合举办：钾盐、冷链和智慧农业技术推介，技术转移合同培训，以及一对一洽谈。',
  },
  venueName: 'Lao-ITECC Exhibition Centre',
  venueAddress: 'Kaysone Phomvihane Avenue, Vientiane',
  city: 'Vientiane',
  capacity: 80,
  tableCount: 12,
  /** Registration closes this many days before the roadshow opens, at 17:00 local time. */
  registrationClosesDaysBefore: 7,
} as const;

export const ROADSHOW_SESSIONS: ReadonlyArray<{
  day: 1 | 2;
  from: string;
  to: string;
  title: MultilingualText;
  location: string;
}> = [
  {
    day: 1,
    from: '08:30',
    to: '09:30',
    title: { lo: 'ພິທີເປີດ', en: 'Opening', zh: '开幕式' },
    location: 'Hall A',
  },
  {
    day: 1,
    from: '09:45',
    to: '12:00',
    title: {
      lo: 'ການນຳສະເໜີເຕັກໂນໂລຊີ: ໂປແຕັສ ແລະ ຝຸ່ນ',
      en: 'Technology presentations: potash and fertilisers',
      zh: '技术推介：钾盐与肥料',
    },
    location: 'Hall A',
  },
  {
    day: 1,
    from: '13:30',
    to: '16:00',
    title: {
      lo: 'ລະບົບຕ່ອງໂສ້ຄວາມເຢັນ ແລະ ການຂົນສົ່ງທາງລົດໄຟ ລາວ–ຈີນ',
      en: 'Cold chain and Laos–China railway logistics',
      zh: '冷链与中老铁路物流',
    },
    location: 'Hall A',
  },
  {
    day: 2,
    from: '08:30',
    to: '11:30',
    title: {
      lo: 'ການຝຶກອົບຮົມ: ສັນຍາຖ່າຍທອດເຕັກໂນໂລຊີ ແລະ ຊັບສິນທາງປັນຍາ',
      en: 'Training: technology transfer contracts and intellectual property',
      zh: '培训：技术转移合同与知识产权',
    },
    location: 'Room 2',
  },
  {
    day: 2,
    from: '13:30',
    to: '16:30',
    title: { lo: 'ການພົບປະແບບໜຶ່ງຕໍ່ໜຶ່ງ', en: 'One-to-one meetings', zh: '一对一洽谈' },
    location: 'Hall B',
  },
];

export const ROADSHOW_SLOT_BLOCKS: ReadonlyArray<{ day: 1 | 2; from: string; to: string }> = [
  { day: 2, from: '13:30', to: '16:30' },
];

/** Early registrations for the roadshow: approved ones and one waiting for the organisers. */
export const ROADSHOW_REGISTRATIONS: ReadonlyArray<{
  orgKey: string;
  by: string;
  registeredDaysAgo: number;
  approve: boolean;
  offer: MultilingualText;
  seek: MultilingualText;
  sectors: string[];
}> = [
  {
    orgKey: 'mekong_solar_coop',
    by: 'sengphet_boudara',
    registeredDaysAgo: 4,
    approve: true,
    offer: { lo: 'ບໍລິການຕິດຕັ້ງ ແລະ ບຳລຸງຮັກສາລະບົບແສງຕາເວັນໃນຊົນນະບົດ.' },
    seek: { lo: 'ເຕັກໂນໂລຊີໄຟຟ້າຂະໜາດນ້ອຍ ແລະ ແບັດເຕີຣີ.' },
    sectors: ['green.clean_energy'],
  },
  {
    orgKey: 'kust',
    by: 'li_na',
    registeredDaysAgo: 3,
    approve: true,
    offer: { zh: '钾盐复合肥技术、矿山沉降监测。' },
    seek: { zh: '老挝的化肥企业和矿业主管部门。' },
    sectors: ['agrifood.fertilisers', 'mining.mining'],
  },
  {
    orgKey: 'nuol',
    by: 'vilayphone_sihalath',
    registeredDaysAgo: 2,
    approve: true,
    offer: { lo: 'ຫຼັກສູດຝຶກອົບຮົມນັກວິຊາການບໍ່ແຮ່ ແລະ ການປຸງແຕ່ງແຮ່ທາດ.' },
    seek: { lo: 'ຄູ່ຮ່ວມມືຄົ້ນຄວ້າ ແລະ ຝຶກງານ.' },
    sectors: ['poverty.vocational_skills'],
  },
  {
    orgKey: 'bolaven_coffee',
    by: 'manivone_siprasoeuth',
    registeredDaysAgo: 1,
    approve: false,
    offer: { lo: 'ກາເຟອາຣາບິກາ ຈາກພູພຽງບໍລະເວນ.' },
    seek: { lo: 'ຜູ້ຊື້ ແລະ ຊ່ອງທາງຂາຍໃນຈີນ.' },
    sectors: ['agrifood.food_processing'],
  },
];
