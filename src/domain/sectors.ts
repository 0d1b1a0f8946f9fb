/**
 * The corridor's two-level sector taxonomy. The groups follow the priority fields of the
 * Lancang-Mekong Innovation Corridor joint initiative (green technology, health, digital technology,
 * industrial innovation, poverty reduction through science, technology transfer and entrepreneurship)
 * and add the fields that dominate real technology docking along the Mekong (agriculture, mining,
 * transport, energy, construction, biotechnology).
 *
 * Codes are stable ASCII slugs (`green`, `green.clean_energy`): they are stored in the database and
 * used by the docking engine, so a code is never renamed; a label may be improved at any time.
 */
import type { Language } from './vocabulary.js';

/** One node of the taxonomy: a stable code and its label in every corridor language. */
export interface SectorNode {
  code: string;
  labels: Record<Language, string>;
}

/** A top-level sector group and its child sectors. Profiles are tagged with child codes. */
export interface SectorGroup extends SectorNode {
  children: SectorNode[];
}

export const SECTOR_TAXONOMY: readonly SectorGroup[] = [
  {
    code: 'green',
    labels: {
      en: 'Green technology',
      zh: '绿色技术',
      lo: 'ເຕັກໂນໂລຊີສີຂຽວ',
      th: 'เทคโนโลยีสีเขียว',
      km: 'បច្ចេកវិទ្យាបៃតង',
      my: 'စိမ်းလန်းသောနည်းပညာ',
      vi: 'Công nghệ xanh',
    },
    children: [
      {
        code: 'green.clean_energy',
        labels: {
          en: 'Clean energy',
          zh: '清洁能源',
          lo: 'ພະລັງງານສະອາດ',
          th: 'พลังงานสะอาด',
          km: 'ថាមពលស្អាត',
          my: 'သန့်ရှင်းသောစွမ်းအင်',
          vi: 'Năng lượng sạch',
        },
      },
      {
        code: 'green.water_resources',
        labels: {
          en: 'Water resources',
          zh: '水资源',
          lo: 'ຊັບພະຍາກອນນ້ຳ',
          th: 'ทรัพยากรน้ำ',
          km: 'ធនធានទឹក',
          my: 'ရေအရင်းအမြစ်',
          vi: 'Tài nguyên nước',
        },
      },
      {
        code: 'green.environmental_protection',
        labels: {
          en: 'Ecological and environmental protection',
          zh: '生态环境保护',
          lo: 'ການປົກປັກຮັກສາລະບົບນິເວດ ແລະ ສິ່ງແວດລ້ອມ',
          th: 'การคุ้มครองระบบนิเวศและสิ่งแวดล้อม',
          km: 'ការការពារប្រព័ន្ធអេកូឡូស៊ី និងបរិស្ថាន',
          my: 'ဂေဟစနစ်နှင့် ပတ်ဝန်းကျင် ထိန်းသိမ်းရေး',
          vi: 'Bảo vệ sinh thái và môi trường',
        },
      },
      {
        code: 'green.climate_adaptation',
        labels: {
          en: 'Climate change adaptation',
          zh: '气候变化适应',
          lo: 'ການປັບຕົວຕໍ່ການປ່ຽນແປງດິນຟ້າອາກາດ',
          th: 'การปรับตัวต่อการเปลี่ยนแปลงสภาพภูมิอากาศ',
          km: 'ការបន្សាំនឹងការប្រែប្រួលអាកាសធាតុ',
          my: 'ရာသီဥတုပြောင်းလဲမှုနှင့် လိုက်လျောညီထွေဖြစ်အောင် ဆောင်ရွက်ခြင်း',
          vi: 'Thích ứng với biến đổi khí hậu',
        },
      },
      {
        code: 'green.waste_recycling',
        labels: {
          en: 'Waste management and recycling',
          zh: '废弃物管理与资源化利用',
          lo: 'ການຄຸ້ມຄອງສິ່ງເສດເຫຼືອ ແລະ ການນຳກັບມາໃຊ້ໃໝ່',
          th: 'การจัดการของเสียและการรีไซเคิล',
          km: 'ការគ្រប់គ្រងកាកសំណល់ និងការកែច្នៃឡើងវិញ',
          my: 'စွန့်ပစ်ပစ္စည်း စီမံခန့်ခွဲမှုနှင့် ပြန်လည်အသုံးပြုခြင်း',
          vi: 'Quản lý và tái chế chất thải',
        },
      },
    ],
  },
  {
    code: 'health',
    labels: {
      en: 'Health',
      zh: '医疗卫生',
      lo: 'ສຸຂະພາບ',
      th: 'สุขภาพ',
      km: 'សុខាភិបាល',
      my: 'ကျန်းမာရေး',
      vi: 'Y tế',
    },
    children: [
      {
        code: 'health.pharmaceuticals',
        labels: {
          en: 'Medicine and pharmaceuticals',
          zh: '医药与制药',
          lo: 'ຢາ ແລະ ເພສັດ',
          th: 'ยาและเภสัชภัณฑ์',
          km: 'ឱសថ និងផលិតផលឱសថ',
          my: 'ဆေးဝါးနှင့် ဆေးဝါးထုတ်လုပ်ရေး',
          vi: 'Thuốc và dược phẩm',
        },
      },
      {
        code: 'health.traditional_medicine',
        labels: {
          en: 'Traditional medicine',
          zh: '传统医药',
          lo: 'ການແພດ ແລະ ຢາພື້ນເມືອງ',
          th: 'การแพทย์แผนดั้งเดิม',
          km: 'ឱសថបុរាណ',
          my: 'တိုင်းရင်းဆေးပညာ',
          vi: 'Y học cổ truyền',
        },
      },
      {
        code: 'health.public_health',
        labels: {
          en: 'Public health and epidemiology',
          zh: '公共卫生与流行病学',
          lo: 'ສາທາລະນະສຸກ ແລະ ລະບາດວິທະຍາ',
          th: 'สาธารณสุขและระบาดวิทยา',
          km: 'សុខភាពសាធារណៈ និងរោគរាតត្បាតវិទ្យា',
          my: 'ပြည်သူ့ကျန်းမာရေးနှင့် ကူးစက်ရောဂါဗေဒ',
          vi: 'Y tế công cộng và dịch tễ học',
        },
      },
      {
        code: 'health.diagnostics_vaccines',
        labels: {
          en: 'Diagnostics and vaccines',
          zh: '诊断与疫苗',
          lo: 'ການບົ່ງມະຕິພະຍາດ ແລະ ວັກຊີນ',
          th: 'การวินิจฉัยโรคและวัคซีน',
          km: 'ការធ្វើរោគវិនិច្ឆ័យ និងវ៉ាក់សាំង',
          my: 'ရောဂါရှာဖွေစစ်ဆေးခြင်းနှင့် ကာကွယ်ဆေး',
          vi: 'Chẩn đoán và vắc-xin',
        },
      },
      {
        code: 'health.medical_devices',
        labels: {
          en: 'Medical devices',
          zh: '医疗器械',
          lo: 'ອຸປະກອນການແພດ',
          th: 'เครื่องมือแพทย์',
          km: 'ឧបករណ៍វេជ្ជសាស្ត្រ',
          my: 'ဆေးဘက်ဆိုင်ရာ ကိရိယာများ',
          vi: 'Thiết bị y tế',
        },
      },
      {
        code: 'health.digital_health',
        labels: {
          en: 'Digital health',
          zh: '数字医疗',
          lo: 'ສຸຂະພາບດິຈິຕອນ',
          th: 'สุขภาพดิจิทัล',
          km: 'សុខាភិបាលឌីជីថល',
          my: 'ဒစ်ဂျစ်တယ် ကျန်းမာရေး',
          vi: 'Y tế số',
        },
      },
    ],
  },
  {
    code: 'digital',
    labels: {
      en: 'Digital technology',
      zh: '数字技术',
      lo: 'ເຕັກໂນໂລຊີດິຈິຕອນ',
      th: 'เทคโนโลยีดิจิทัล',
      km: 'បច្ចេកវិទ្យាឌីជីថល',
      my: 'ဒစ်ဂျစ်တယ်နည်းပညာ',
      vi: 'Công nghệ số',
    },
    children: [
      {
        code: 'digital.artificial_intelligence',
        labels: {
          en: 'Artificial intelligence',
          zh: '人工智能',
          lo: 'ປັນຍາປະດິດ',
          th: 'ปัญญาประดิษฐ์',
          km: 'បញ្ញាសិប្បនិម្មិត',
          my: 'ဉာဏ်ရည်တု',
          vi: 'Trí tuệ nhân tạo',
        },
      },
      {
        code: 'digital.ecommerce',
        labels: {
          en: 'Digital economy and e-commerce',
          zh: '数字经济与电子商务',
          lo: 'ເສດຖະກິດດິຈິຕອນ ແລະ ການຄ້າເອເລັກໂຕຣນິກ',
          th: 'เศรษฐกิจดิจิทัลและพาณิชย์อิเล็กทรอนิกส์',
          km: 'សេដ្ឋកិច្ចឌីជីថល និងពាណិជ្ជកម្មអេឡិចត្រូនិក',
          my: 'ဒစ်ဂျစ်တယ်စီးပွားရေးနှင့် အီလက်ထရောနစ် ကုန်သွယ်မှု',
          vi: 'Kinh tế số và thương mại điện tử',
        },
      },
      {
        code: 'digital.fintech',
        labels: {
          en: 'Financial technology and mobile payments',
          zh: '金融科技与移动支付',
          lo: 'ເຕັກໂນໂລຊີການເງິນ ແລະ ການຊຳລະເງິນຜ່ານມືຖື',
          th: 'เทคโนโลยีทางการเงินและการชำระเงินผ่านมือถือ',
          km: 'បច្ចេកវិទ្យាហិរញ្ញវត្ថុ និងការទូទាត់តាមទូរស័ព្ទ',
          my: 'ငွေကြေးနည်းပညာနှင့် မိုဘိုင်းငွေပေးချေမှု',
          vi: 'Công nghệ tài chính và thanh toán di động',
        },
      },
      {
        code: 'digital.telecom',
        labels: {
          en: 'Telecommunications',
          zh: '电信与网络',
          lo: 'ໂທລະຄົມມະນາຄົມ',
          th: 'โทรคมนาคม',
          km: 'ទូរគមនាគមន៍',
          my: 'ဆက်သွယ်ရေး',
          vi: 'Viễn thông',
        },
      },
      {
        code: 'digital.smart_cities',
        labels: {
          en: 'Smart cities',
          zh: '智慧城市',
          lo: 'ເມືອງອັດສະລິຍະ',
          th: 'เมืองอัจฉริยะ',
          km: 'ទីក្រុងឆ្លាតវៃ',
          my: 'စမတ်မြို့များ',
          vi: 'Thành phố thông minh',
        },
      },
      {
        code: 'digital.cybersecurity',
        labels: {
          en: 'Cybersecurity',
          zh: '网络安全',
          lo: 'ຄວາມປອດໄພທາງໄຊເບີ',
          th: 'ความมั่นคงปลอดภัยไซเบอร์',
          km: 'សន្តិសុខសាយប័រ',
          my: 'ဆိုက်ဘာလုံခြုံရေး',
          vi: 'An ninh mạng',
        },
      },
    ],
  },
  {
    code: 'agrifood',
    labels: {
      en: 'Agriculture and food',
      zh: '农业与食品',
      lo: 'ກະສິກຳ ແລະ ອາຫານ',
      th: 'เกษตรและอาหาร',
      km: 'កសិកម្ម និងស្បៀងអាហារ',
      my: 'စိုက်ပျိုးရေးနှင့် စားနပ်ရိက္ခာ',
      vi: 'Nông nghiệp và thực phẩm',
    },
    children: [
      {
        code: 'agrifood.crops_seeds',
        labels: {
          en: 'Crops and seeds',
          zh: '作物与种业',
          lo: 'ພືດ ແລະ ແນວພັນ',
          th: 'พืชและเมล็ดพันธุ์',
          km: 'ដំណាំ និងគ្រាប់ពូជ',
          my: 'သီးနှံနှင့် မျိုးစေ့',
          vi: 'Cây trồng và giống',
        },
      },
      {
        code: 'agrifood.fertilisers',
        labels: {
          en: 'Fertilisers and soil nutrition',
          zh: '肥料与土壤养分',
          lo: 'ຝຸ່ນ ແລະ ທາດບຳລຸງດິນ',
          th: 'ปุ๋ยและธาตุอาหารในดิน',
          km: 'ជី និងជីវជាតិដី',
          my: 'မြေဩဇာနှင့် မြေဆီလွှာ အာဟာရ',
          vi: 'Phân bón và dinh dưỡng đất',
        },
      },
      {
        code: 'agrifood.livestock_fisheries',
        labels: {
          en: 'Livestock and fisheries',
          zh: '畜牧与渔业',
          lo: 'ການລ້ຽງສັດ ແລະ ການປະມົງ',
          th: 'ปศุสัตว์และประมง',
          km: 'បសុសត្វ និងជលផល',
          my: 'မွေးမြူရေးနှင့် ရေလုပ်ငန်း',
          vi: 'Chăn nuôi và thủy sản',
        },
      },
      {
        code: 'agrifood.food_processing',
        labels: {
          en: 'Food processing',
          zh: '食品加工',
          lo: 'ການປຸງແຕ່ງອາຫານ',
          th: 'การแปรรูปอาหาร',
          km: 'ការកែច្នៃអាហារ',
          my: 'အစားအစာ ပြုပြင်ထုတ်လုပ်ရေး',
          vi: 'Chế biến thực phẩm',
        },
      },
      {
        code: 'agrifood.agri_machinery',
        labels: {
          en: 'Agricultural machinery',
          zh: '农业机械',
          lo: 'ກົນຈັກກະສິກຳ',
          th: 'เครื่องจักรกลการเกษตร',
          km: 'គ្រឿងយន្តកសិកម្ម',
          my: 'စိုက်ပျိုးရေး စက်ကိရိယာ',
          vi: 'Máy nông nghiệp',
        },
      },
      {
        code: 'agrifood.smart_farming',
        labels: {
          en: 'Smart and precision farming',
          zh: '智慧农业',
          lo: 'ກະສິກຳອັດສະລິຍະ',
          th: 'เกษตรอัจฉริยะและเกษตรแม่นยำ',
          km: 'កសិកម្មឆ្លាតវៃ',
          my: 'စမတ်စိုက်ပျိုးရေး',
          vi: 'Nông nghiệp thông minh',
        },
      },
    ],
  },
  {
    code: 'industry',
    labels: {
      en: 'Industrial innovation',
      zh: '产业创新',
      lo: 'ນະວັດຕະກຳອຸດສາຫະກຳ',
      th: 'นวัตกรรมอุตสาหกรรม',
      km: 'នវានុវត្តន៍ឧស្សាហកម្ម',
      my: 'စက်မှုလုပ်ငန်း ဆန်းသစ်တီထွင်မှု',
      vi: 'Đổi mới công nghiệp',
    },
    children: [
      {
        code: 'industry.advanced_manufacturing',
        labels: {
          en: 'Advanced manufacturing',
          zh: '先进制造',
          lo: 'ການຜະລິດທີ່ທັນສະໄໝ',
          th: 'การผลิตขั้นสูง',
          km: 'ផលិតកម្មទំនើប',
          my: 'အဆင့်မြင့် ထုတ်လုပ်မှု',
          vi: 'Sản xuất tiên tiến',
        },
      },
      {
        code: 'industry.electronics',
        labels: {
          en: 'Electronics',
          zh: '电子',
          lo: 'ເອເລັກໂຕຣນິກ',
          th: 'อิเล็กทรอนิกส์',
          km: 'គ្រឿងអេឡិចត្រូនិក',
          my: 'အီလက်ထရောနစ်',
          vi: 'Điện tử',
        },
      },
      {
        code: 'industry.textiles',
        labels: {
          en: 'Textiles and garments',
          zh: '纺织服装',
          lo: 'ສິ່ງທໍ ແລະ ເຄື່ອງນຸ່ງຫົ່ມ',
          th: 'สิ่งทอและเครื่องนุ่งห่ม',
          km: 'វាយនភណ្ឌ និងកាត់ដេរ',
          my: 'အထည်အလိပ်နှင့် အဝတ်အထည်',
          vi: 'Dệt may',
        },
      },
      {
        code: 'industry.chemical_industry',
        labels: {
          en: 'Chemical industry',
          zh: '化学工业',
          lo: 'ອຸດສາຫະກຳເຄມີ',
          th: 'อุตสาหกรรมเคมี',
          km: 'ឧស្សាហកម្មគីមី',
          my: 'ဓာတုစက်မှုလုပ်ငန်း',
          vi: 'Công nghiệp hóa chất',
        },
      },
      {
        code: 'industry.rubber_plastics',
        labels: {
          en: 'Rubber and plastics',
          zh: '橡胶与塑料',
          lo: 'ຢາງພາລາ ແລະ ພລາສຕິກ',
          th: 'ยางและพลาสติก',
          km: 'កៅស៊ូ និងប្លាស្ទិក',
          my: 'ရော်ဘာနှင့် ပလတ်စတစ်',
          vi: 'Cao su và nhựa',
        },
      },
    ],
  },
  {
    code: 'mining',
    labels: {
      en: 'Mining and materials',
      zh: '矿业与材料',
      lo: 'ບໍ່ແຮ່ ແລະ ວັດສະດຸ',
      th: 'เหมืองแร่และวัสดุ',
      km: 'រ៉ែ និងសម្ភារៈ',
      my: 'သတ္တုတူးဖော်ရေးနှင့် ပစ္စည်းများ',
      vi: 'Khai khoáng và vật liệu',
    },
    children: [
      {
        code: 'mining.mining',
        labels: {
          en: 'Mining',
          zh: '采矿',
          lo: 'ການຂຸດຄົ້ນບໍ່ແຮ່',
          th: 'การทำเหมืองแร่',
          km: 'ការជីករ៉ែ',
          my: 'သတ္တုတူးဖော်ရေး',
          vi: 'Khai thác mỏ',
        },
      },
      {
        code: 'mining.minerals_processing',
        labels: {
          en: 'Potash and minerals processing',
          zh: '钾盐与矿物加工',
          lo: 'ການປຸງແຕ່ງແຮ່ໂປຕາສ ແລະ ແຮ່ທາດ',
          th: 'การแปรรูปแร่โพแทชและแร่ธาตุ',
          km: 'ការកែច្នៃប៉ូតាស និងរ៉ែ',
          my: 'ပိုတက်ရှ်နှင့် သတ္တုရိုင်း ပြုပြင်ထုတ်လုပ်ရေး',
          vi: 'Chế biến kali và khoáng sản',
        },
      },
      {
        code: 'mining.rare_earths',
        labels: {
          en: 'Rare earths and strategic minerals',
          zh: '稀土与战略矿产',
          lo: 'ທາດຫາຍາກ ແລະ ແຮ່ທາດຍຸດທະສາດ',
          th: 'ธาตุหายากและแร่ยุทธศาสตร์',
          km: 'ធាតុកម្រ និងរ៉ែយុទ្ធសាស្ត្រ',
          my: 'ရှားပါးမြေဓာတ်နှင့် မဟာဗျူဟာမြောက် သတ္တုများ',
          vi: 'Đất hiếm và khoáng sản chiến lược',
        },
      },
      {
        code: 'mining.new_materials',
        labels: {
          en: 'New materials',
          zh: '新材料',
          lo: 'ວັດສະດຸໃໝ່',
          th: 'วัสดุใหม่',
          km: 'សម្ភារៈថ្មី',
          my: 'ပစ္စည်းသစ်များ',
          vi: 'Vật liệu mới',
        },
      },
      {
        code: 'mining.metallurgy',
        labels: {
          en: 'Metallurgy',
          zh: '冶金',
          lo: 'ໂລຫະວິທະຍາ',
          th: 'โลหะวิทยา',
          km: 'លោហធាតុវិទ្យា',
          my: 'သတ္တုဗေဒ',
          vi: 'Luyện kim',
        },
      },
    ],
  },
  {
    code: 'transport',
    labels: {
      en: 'Transport and logistics',
      zh: '交通与物流',
      lo: 'ການຂົນສົ່ງ ແລະ ໂລຈິສຕິກ',
      th: 'การขนส่งและโลจิสติกส์',
      km: 'ដឹកជញ្ជូន និងភស្តុភារ',
      my: 'သယ်ယူပို့ဆောင်ရေးနှင့် ထောက်ပံ့ပို့ဆောင်ရေး',
      vi: 'Giao thông và logistics',
    },
    children: [
      {
        code: 'transport.rail',
        labels: {
          en: 'Railways',
          zh: '铁路',
          lo: 'ທາງລົດໄຟ',
          th: 'ระบบราง',
          km: 'ផ្លូវដែក',
          my: 'မီးရထား',
          vi: 'Đường sắt',
        },
      },
      {
        code: 'transport.cross_border_logistics',
        labels: {
          en: 'Cross-border logistics',
          zh: '跨境物流',
          lo: 'ໂລຈິສຕິກຂ້າມແດນ',
          th: 'โลจิสติกส์ข้ามพรมแดน',
          km: 'ភស្តុភារឆ្លងដែន',
          my: 'နယ်စပ်ဖြတ်ကျော် ထောက်ပံ့ပို့ဆောင်ရေး',
          vi: 'Logistics xuyên biên giới',
        },
      },
      {
        code: 'transport.cold_chain',
        labels: {
          en: 'Cold-chain logistics',
          zh: '冷链物流',
          lo: 'ໂລຈິສຕິກລະບົບຄວາມເຢັນ',
          th: 'โลจิสติกส์ห่วงโซ่ความเย็น',
          km: 'ភស្តុភារខ្សែសង្វាក់ត្រជាក់',
          my: 'အအေးခံ ထောက်ပံ့ပို့ဆောင်ရေး',
          vi: 'Logistics chuỗi lạnh',
        },
      },
      {
        code: 'transport.electric_vehicles',
        labels: {
          en: 'Electric vehicles',
          zh: '电动汽车',
          lo: 'ລົດໄຟຟ້າ',
          th: 'ยานยนต์ไฟฟ้า',
          km: 'យានយន្តអគ្គិសនី',
          my: 'လျှပ်စစ်ယာဉ်',
          vi: 'Xe điện',
        },
      },
      {
        code: 'transport.inland_waterways',
        labels: {
          en: 'Inland waterways and ports',
          zh: '内河航运与港口',
          lo: 'ການຂົນສົ່ງທາງນ້ຳ ແລະ ທ່າເຮືອ',
          th: 'การขนส่งทางน้ำภายในประเทศและท่าเรือ',
          km: 'ផ្លូវទឹកក្នុងដែនគោក និងកំពង់ផែ',
          my: 'ပြည်တွင်းရေကြောင်းနှင့် ဆိပ်ကမ်းများ',
          vi: 'Đường thủy nội địa và cảng',
        },
      },
    ],
  },
  {
    code: 'energy',
    labels: {
      en: 'Energy and power systems',
      zh: '能源与电力系统',
      lo: 'ພະລັງງານ ແລະ ລະບົບໄຟຟ້າ',
      th: 'พลังงานและระบบไฟฟ้า',
      km: 'ថាមពល និងប្រព័ន្ធអគ្គិសនី',
      my: 'စွမ်းအင်နှင့် လျှပ်စစ်စနစ်',
      vi: 'Năng lượng và hệ thống điện',
    },
    children: [
      {
        code: 'energy.hydropower',
        labels: {
          en: 'Hydropower',
          zh: '水电',
          lo: 'ໄຟຟ້າພະລັງງານນ້ຳ',
          th: 'ไฟฟ้าพลังน้ำ',
          km: 'វារីអគ្គិសនី',
          my: 'ရေအားလျှပ်စစ်',
          vi: 'Thủy điện',
        },
      },
      {
        code: 'energy.energy_storage',
        labels: {
          en: 'Energy storage and batteries',
          zh: '储能与电池',
          lo: 'ການກັກເກັບພະລັງງານ ແລະ ໝໍ້ໄຟ',
          th: 'การกักเก็บพลังงานและแบตเตอรี่',
          km: 'ការស្តុកថាមពល និងថ្ម',
          my: 'စွမ်းအင်သိုလှောင်မှုနှင့် ဘက်ထရီ',
          vi: 'Lưu trữ năng lượng và pin',
        },
      },
      {
        code: 'energy.smart_grids',
        labels: {
          en: 'Power grids and smart grids',
          zh: '电网与智能电网',
          lo: 'ລະບົບຕາຂ່າຍໄຟຟ້າ ແລະ ຕາຂ່າຍໄຟຟ້າອັດສະລິຍະ',
          th: 'โครงข่ายไฟฟ้าและสมาร์ตกริด',
          km: 'បណ្តាញអគ្គិសនី និងបណ្តាញអគ្គិសនីឆ្លាតវៃ',
          my: 'ဓာတ်အားကွန်ရက်နှင့် စမတ်ဂရစ်',
          vi: 'Lưới điện và lưới điện thông minh',
        },
      },
      {
        code: 'energy.bioenergy',
        labels: {
          en: 'Bioenergy and biomass',
          zh: '生物质能',
          lo: 'ພະລັງງານຊີວະມວນ',
          th: 'พลังงานชีวภาพและชีวมวล',
          km: 'ថាមពលជីវម៉ាស',
          my: 'ဇီဝစွမ်းအင်နှင့် ဇီဝလောင်စာ',
          vi: 'Năng lượng sinh học và sinh khối',
        },
      },
    ],
  },
  {
    code: 'biotech',
    labels: {
      en: 'Biotechnology',
      zh: '生物技术',
      lo: 'ເຕັກໂນໂລຊີຊີວະພາບ',
      th: 'เทคโนโลยีชีวภาพ',
      km: 'ជីវបច្ចេកវិទ្យា',
      my: 'ဇီဝနည်းပညာ',
      vi: 'Công nghệ sinh học',
    },
    children: [
      {
        code: 'biotech.industrial_biotech',
        labels: {
          en: 'Industrial biotechnology',
          zh: '工业生物技术',
          lo: 'ເຕັກໂນໂລຊີຊີວະພາບອຸດສາຫະກຳ',
          th: 'เทคโนโลยีชีวภาพอุตสาหกรรม',
          km: 'ជីវបច្ចេកវិទ្យាឧស្សាហកម្ម',
          my: 'စက်မှုဇီဝနည်းပညာ',
          vi: 'Công nghệ sinh học công nghiệp',
        },
      },
      {
        code: 'biotech.agricultural_biotech',
        labels: {
          en: 'Agricultural biotechnology',
          zh: '农业生物技术',
          lo: 'ເຕັກໂນໂລຊີຊີວະພາບກະສິກຳ',
          th: 'เทคโนโลยีชีวภาพการเกษตร',
          km: 'ជីវបច្ចេកវិទ្យាកសិកម្ម',
          my: 'စိုက်ပျိုးရေး ဇီဝနည်းပညာ',
          vi: 'Công nghệ sinh học nông nghiệp',
        },
      },
      {
        code: 'biotech.bioresources',
        labels: {
          en: 'Biodiversity and bioresources',
          zh: '生物多样性与生物资源',
          lo: 'ຊີວະນາໆພັນ ແລະ ຊັບພະຍາກອນຊີວະພາບ',
          th: 'ความหลากหลายทางชีวภาพและทรัพยากรชีวภาพ',
          km: 'ជីវចម្រុះ និងធនធានជីវសាស្ត្រ',
          my: 'ဇီဝမျိုးစုံမျိုးကွဲနှင့် ဇီဝအရင်းအမြစ်',
          vi: 'Đa dạng sinh học và tài nguyên sinh học',
        },
      },
      {
        code: 'biotech.bioinformatics',
        labels: {
          en: 'Genomics and bioinformatics',
          zh: '基因组学与生物信息学',
          lo: 'ພັນທຸສາດ ແລະ ຊີວະສາລະສົນເທດສາດ',
          th: 'จีโนมิกส์และชีวสารสนเทศ',
          km: 'ហ្សែនវិទ្យា និងជីវព័ត៌មានវិទ្យា',
          my: 'ဂျီနိုမစ်နှင့် ဇီဝသတင်းအချက်အလက်ပညာ',
          vi: 'Hệ gen học và tin sinh học',
        },
      },
    ],
  },
  {
    code: 'construction',
    labels: {
      en: 'Construction and urban development',
      zh: '建筑与城市发展',
      lo: 'ການກໍ່ສ້າງ ແລະ ການພັດທະນາຕົວເມືອງ',
      th: 'การก่อสร้างและการพัฒนาเมือง',
      km: 'សំណង់ និងការអភិវឌ្ឍទីក្រុង',
      my: 'ဆောက်လုပ်ရေးနှင့် မြို့ပြဖွံ့ဖြိုးရေး',
      vi: 'Xây dựng và phát triển đô thị',
    },
    children: [
      {
        code: 'construction.green_buildings',
        labels: {
          en: 'Green buildings',
          zh: '绿色建筑',
          lo: 'ອາຄານສີຂຽວ',
          th: 'อาคารเขียว',
          km: 'អគារបៃតង',
          my: 'စိမ်းလန်းသော အဆောက်အအုံ',
          vi: 'Công trình xanh',
        },
      },
      {
        code: 'construction.building_materials',
        labels: {
          en: 'Building materials',
          zh: '建筑材料',
          lo: 'ວັດສະດຸກໍ່ສ້າງ',
          th: 'วัสดุก่อสร้าง',
          km: 'សម្ភារៈសំណង់',
          my: 'ဆောက်လုပ်ရေးပစ္စည်း',
          vi: 'Vật liệu xây dựng',
        },
      },
      {
        code: 'construction.civil_engineering',
        labels: {
          en: 'Infrastructure and civil engineering',
          zh: '基础设施与土木工程',
          lo: 'ພື້ນຖານໂຄງລ່າງ ແລະ ວິສະວະກຳໂຍທາ',
          th: 'โครงสร้างพื้นฐานและวิศวกรรมโยธา',
          km: 'ហេដ្ឋារចនាសម្ព័ន្ធ និងវិស្វកម្មសំណង់ស៊ីវិល',
          my: 'အခြေခံအဆောက်အအုံနှင့် မြို့ပြအင်ဂျင်နီယာ',
          vi: 'Hạ tầng và kỹ thuật xây dựng',
        },
      },
    ],
  },
  {
    code: 'poverty',
    labels: {
      en: 'Poverty reduction through science and technology',
      zh: '科技扶贫',
      lo: 'ການຫຼຸດຜ່ອນຄວາມທຸກຍາກດ້ວຍວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີ',
      th: 'การลดความยากจนด้วยวิทยาศาสตร์และเทคโนโลยี',
      km: 'ការកាត់បន្ថយភាពក្រីក្រតាមរយៈវិទ្យាសាស្ត្រ និងបច្ចេកវិទ្យា',
      my: 'သိပ္ပံနှင့်နည်းပညာဖြင့် ဆင်းရဲမွဲတေမှု လျှော့ချရေး',
      vi: 'Giảm nghèo bằng khoa học và công nghệ',
    },
    children: [
      {
        code: 'poverty.rural_extension',
        labels: {
          en: 'Rural technology extension',
          zh: '农村技术推广',
          lo: 'ການສົ່ງເສີມເຕັກນິກສູ່ຊົນນະບົດ',
          th: 'การส่งเสริมเทคโนโลยีสู่ชนบท',
          km: 'ការផ្សព្វផ្សាយបច្ចេកវិទ្យានៅជនបទ',
          my: 'ကျေးလက်နည်းပညာ ပျံ့နှံ့ရေး',
          vi: 'Chuyển giao kỹ thuật cho nông thôn',
        },
      },
      {
        code: 'poverty.vocational_skills',
        labels: {
          en: 'Vocational skills training',
          zh: '职业技能培训',
          lo: 'ການຝຶກອົບຮົມສີມືແຮງງານ',
          th: 'การฝึกทักษะอาชีพ',
          km: 'ការបណ្តុះបណ្តាលជំនាញវិជ្ជាជីវៈ',
          my: 'အသက်မွေးဝမ်းကျောင်း ကျွမ်းကျင်မှု သင်တန်း',
          vi: 'Đào tạo kỹ năng nghề',
        },
      },
      {
        code: 'poverty.appropriate_technology',
        labels: {
          en: 'Appropriate technologies for livelihoods',
          zh: '民生适用技术',
          lo: 'ເຕັກໂນໂລຊີທີ່ເໝາະສົມເພື່ອຊີວິດການເປັນຢູ່',
          th: 'เทคโนโลยีที่เหมาะสมเพื่อการดำรงชีพ',
          km: 'បច្ចេកវិទ្យាសមស្របសម្រាប់ជីវភាពរស់នៅ',
          my: 'အသက်မွေးဝမ်းကျောင်းအတွက် သင့်လျော်သော နည်းပညာ',
          vi: 'Công nghệ phù hợp cho sinh kế',
        },
      },
      {
        code: 'poverty.community_enterprise',
        labels: {
          en: 'Community enterprises and cooperatives',
          zh: '社区企业与合作社',
          lo: 'ວິສາຫະກິດຊຸມຊົນ ແລະ ສະຫະກອນ',
          th: 'วิสาหกิจชุมชนและสหกรณ์',
          km: 'សហគ្រាសសហគមន៍ និងសហករណ៍',
          my: 'ရပ်ရွာလုပ်ငန်းများနှင့် သမဝါယမအသင်းများ',
          vi: 'Doanh nghiệp cộng đồng và hợp tác xã',
        },
      },
    ],
  },
  {
    code: 'education',
    labels: {
      en: 'Education, talent and technology transfer',
      zh: '教育、人才与技术转移',
      lo: 'ການສຶກສາ, ບຸກຄະລາກອນ ແລະ ການຖ່າຍທອດເຕັກໂນໂລຊີ',
      th: 'การศึกษา กำลังคน และการถ่ายทอดเทคโนโลยี',
      km: 'ការអប់រំ ធនធានមនុស្ស និងការផ្ទេរបច្ចេកវិទ្យា',
      my: 'ပညာရေး၊ လူ့စွမ်းအားနှင့် နည်းပညာလွှဲပြောင်းရေး',
      vi: 'Giáo dục, nhân lực và chuyển giao công nghệ',
    },
    children: [
      {
        code: 'education.higher_education',
        labels: {
          en: 'Higher education cooperation',
          zh: '高等教育合作',
          lo: 'ການຮ່ວມມືດ້ານການສຶກສາຊັ້ນສູງ',
          th: 'ความร่วมมือด้านการอุดมศึกษา',
          km: 'កិច្ចសហប្រតិបត្តិការឧត្តមសិក្សា',
          my: 'အဆင့်မြင့်ပညာရေး ပူးပေါင်းဆောင်ရွက်မှု',
          vi: 'Hợp tác giáo dục đại học',
        },
      },
      {
        code: 'education.talent_exchange',
        labels: {
          en: 'Researcher and talent exchange',
          zh: '科研人员与人才交流',
          lo: 'ການແລກປ່ຽນນັກຄົ້ນຄວ້າ ແລະ ບຸກຄະລາກອນ',
          th: 'การแลกเปลี่ยนนักวิจัยและบุคลากร',
          km: 'ការផ្លាស់ប្តូរអ្នកស្រាវជ្រាវ និងធនធានមនុស្ស',
          my: 'သုတေသီနှင့် ပညာရှင် ဖလှယ်ရေး',
          vi: 'Trao đổi nhà nghiên cứu và nhân tài',
        },
      },
      {
        code: 'education.innovation_entrepreneurship',
        labels: {
          en: 'Innovation and entrepreneurship',
          zh: '创新创业',
          lo: 'ນະວັດຕະກຳ ແລະ ການເປັນຜູ້ປະກອບການ',
          th: 'นวัตกรรมและการเป็นผู้ประกอบการ',
          km: 'នវានុវត្តន៍ និងសហគ្រិនភាព',
          my: 'ဆန်းသစ်တီထွင်မှုနှင့် စွန့်ဦးတီထွင်မှု',
          vi: 'Đổi mới sáng tạo và khởi nghiệp',
        },
      },
      {
        code: 'education.technology_transfer',
        labels: {
          en: 'Technology transfer services',
          zh: '技术转移服务',
          lo: 'ການບໍລິການຖ່າຍທອດເຕັກໂນໂລຊີ',
          th: 'บริการถ่ายทอดเทคโนโลยี',
          km: 'សេវាផ្ទេរបច្ចេកវិទ្យា',
          my: 'နည်းပညာလွှဲပြောင်းရေး ဝန်ဆောင်မှု',
          vi: 'Dịch vụ chuyển giao công nghệ',
        },
      },
    ],
  },
];

/** Every group and child code, groups first in taxonomy order, each followed by its children. */
export const SECTOR_CODES: readonly string[] = SECTOR_TAXONOMY.flatMap((group) => [
  group.code,
  ...group.children.map((child) => child.code),
]);

const SECTOR_CODE_SET: ReadonlySet<string> = new Set(SECTOR_CODES);

/** Whether `code` is a group or child code of the taxonomy. */
export function isSectorCode(code: string): boolean {
  return SECTOR_CODE_SET.has(code);
}

/** The group a code belongs to (a group code is its own group), or `undefined` for an unknown code. */
export function sectorGroupOf(code: string): SectorGroup | undefined {
  return SECTOR_TAXONOMY.find((group) => group.code === code || group.children.some((c) => c.code === code));
}
