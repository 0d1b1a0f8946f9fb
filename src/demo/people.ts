/**
 * The demo corridor's people: one coordinator per corridor country (staff of the country's leading
 * ministry), one platform administrator, and the administrators and editors of every organisation
 * that publishes profiles. All names are invented; all addresses use the `.example` TLD.
 */
import type { CorridorCountry, Country, Language, MembershipRole } from '../domain/vocabulary.js';

/** A person's role inside one organisation. */
export interface DemoMembership {
  orgKey: string;
  role: MembershipRole;
}

/** A person seeded into the demo platform. */
export interface DemoPerson {
  key: string;
  email: string;
  /** Native-script name with the Latin spelling in parentheses. */
  displayName: string;
  preferredLanguage: Language;
  country: Country;
  memberships: DemoMembership[];
  /** Platform-wide role; most people have none. */
  platformRole?: 'coordinator' | 'administrator';
  /** For coordinators: the corridor country they coordinate. */
  coordinatorCountry?: CorridorCountry;
}

const DOMAIN = 'demo.corridor.example';

/** Builds a person whose email is derived from the key (`li_na` becomes `li.na@...`). */
function person(
  key: string,
  displayName: string,
  preferredLanguage: Language,
  country: Country,
  memberships: DemoMembership[],
): DemoPerson {
  return {
    key,
    email: `${key.replaceAll('_', '.')}@${DOMAIN}`,
    displayName,
    preferredLanguage,
    country,
    memberships,
  };
}

function coordinator(
  key: string,
  displayName: string,
  preferredLanguage: Language,
  country: CorridorCountry,
  ministryKey: string,
): DemoPerson {
  return {
    ...person(key, displayName, preferredLanguage, country, [{ orgKey: ministryKey, role: 'admin' }]),
    platformRole: 'coordinator',
    coordinatorCountry: country,
  };
}

const admin = (orgKey: string): DemoMembership => ({ orgKey, role: 'admin' });
const editor = (orgKey: string): DemoMembership => ({ orgKey, role: 'editor' });
const member = (orgKey: string): DemoMembership => ({ orgKey, role: 'member' });

const COORDINATORS: readonly DemoPerson[] = [
  coordinator('wang_haiyan', '王海燕 (Wang Haiyan)', 'zh', 'CN', 'most_cn'),
  coordinator('souliya_phommachanh', 'ສຸລິຍາ ພົມມະຈັນ (Souliya Phommachanh)', 'lo', 'LA', 'mtc_la'),
  coordinator('nattaphon_srisuk', 'ณัฐพล ศรีสุข (Nattaphon Srisuk)', 'th', 'TH', 'mhesi_th'),
  coordinator('sok_vannara', 'សុខ វណ្ណារ៉ា (Sok Vannara)', 'km', 'KH', 'misti_kh'),
  coordinator('khin_thida_aung', 'ခင်သီတာအောင် (Khin Thida Aung)', 'my', 'MM', 'most_mm'),
  coordinator('tran_minh_quan', 'Trần Minh Quân', 'vi', 'VN', 'most_vn'),
];

const ADMINISTRATORS: readonly DemoPerson[] = [
  {
    ...person('chen_li', '陈立 (Chen Li)', 'en', 'CN', [admin('kust_ittc')]),
    platformRole: 'administrator',
  },
];

const CHINA: readonly DemoPerson[] = [
  person('yang_jianhua', '杨建华 (Yang Jianhua)', 'zh', 'CN', [admin('kust'), member('kust_ittc')]),
  person('li_na', '李娜 (Li Na)', 'zh', 'CN', [editor('kust')]),
  person('liu_yang', '刘洋 (Liu Yang)', 'zh', 'CN', [editor('kust_ittc'), member('kust')]),
  person('zhou_min', '周敏 (Zhou Min)', 'zh', 'CN', [admin('kust_science_park')]),
  person('duan_zhiqiang', '段志强 (Duan Zhiqiang)', 'zh', 'CN', [admin('mohan_boten_zone')]),
  person('huang_zhen', '黄振 (Huang Zhen)', 'zh', 'CN', [admin('donlinks')]),
  person('souksavanh_vongphachanh', 'ສຸກສະຫວັນ ວົງພະຈັນ (Souksavanh Vongphachanh)', 'lo', 'LA', [
    editor('donlinks'),
  ]),
  person('luo_chunmei', '罗春梅 (Luo Chunmei)', 'zh', 'CN', [admin('yaas')]),
  person('qian_guodong', '钱国栋 (Qian Guodong)', 'zh', 'CN', [admin('dianzhong_rare_earth')]),
  person('he_xue', '何雪 (He Xue)', 'zh', 'CN', [admin('caiyun_cold_chain')]),
  person('yu_xiang', '玉香 (Yu Xiang)', 'zh', 'CN', [admin('banna_dai_medicine')]),
  person('sun_bo', '孙博 (Sun Bo)', 'zh', 'CN', [admin('lm_tech_fund')]),
  person('ma_jun', '马骏 (Ma Jun)', 'zh', 'CN', [admin('dianguang_microgrid')]),
  person('zhang_guifen', '张桂芬 (Zhang Guifen)', 'zh', 'CN', [admin('lm_agri_alliance')]),
  person('gao_feng', '高峰 (Gao Feng)', 'zh', 'CN', [admin('chuncheng_rail')]),
];

const LAOS: readonly DemoPerson[] = [
  person('bounmy_sisouvanh', 'ບຸນມີ ສີສຸວັນ (Bounmy Sisouvanh)', 'lo', 'LA', [admin('mem_la')]),
  person('phonesavanh_keomany', 'ພອນສະຫວັນ ແກ້ວມະນີ (Phonesavanh Keomany)', 'lo', 'LA', [
    admin('souphanouvong_university'),
  ]),
  person('vilayphone_sihalath', 'ວິໄລພອນ ສີຫາລາດ (Vilayphone Sihalath)', 'lo', 'LA', [admin('nuol')]),
  person('khamphone_vongsavanh', 'ຄຳພອນ ວົງສະຫວັນ (Khamphone Vongsavanh)', 'lo', 'LA', [admin('nafri')]),
  person('somsack_inthavong', 'ສົມສັກ ອິນທະວົງ (Somsack Inthavong)', 'lo', 'LA', [admin('khammouane_agro')]),
  person('sengphet_boudara', 'ແສງເພັດ ບຸດດາລາ (Sengphet Boudara)', 'lo', 'LA', [admin('mekong_solar_coop')]),
  person('manivone_siprasoeuth', 'ມະນີວອນ ສີປະເສີດ (Manivone Siprasoeuth)', 'lo', 'LA', [
    admin('bolaven_coffee'),
  ]),
  person('anousone_latsavong', 'ອານຸສອນ ລາດສະວົງ (Anousone Latsavong)', 'en', 'LA', [
    admin('vientiane_digital_hub'),
  ]),
  person('daovone_sengaloun', 'ດາວວອນ ແສງອາລຸນ (Daovone Sengaloun)', 'lo', 'LA', [
    admin('mekong_village_fund'),
  ]),
  person('thonglith_chanthala', 'ທອງລິດ ຈັນທະລາ (Thonglith Chanthala)', 'lo', 'LA', [
    admin('boten_rail_logistics'),
  ]),
  person('sisavath_phomvichit', 'ສີສະຫວາດ ພົມວິຈິດ (Sisavath Phomvichit)', 'lo', 'LA', [
    admin('mekong_water_informatics'),
  ]),
];

const THAILAND: readonly DemoPerson[] = [
  person('piyanut_wongyai', 'ปิยะนุช วงศ์ใหญ่ (Piyanut Wongyai)', 'th', 'TH', [admin('nstda')]),
  person('thanakorn_phungboon', 'ธนากร พึ่งบุญ (Thanakorn Phungboon)', 'th', 'TH', [admin('chula')]),
  person('supawadee_saenkham', 'สุภาวดี แสนคำ (Supawadee Saenkham)', 'th', 'TH', [admin('kku')]),
  person('weerapong_thongdee', 'วีระพงษ์ ทองดี (Weerapong Thongdee)', 'th', 'TH', [admin('isan_cassava')]),
  person('areerat_phetsuwan', 'อารีรัตน์ เพชรสุวรรณ (Areerat Phetsuwan)', 'th', 'TH', [admin('siam_latex')]),
  person('kittipong_boonma', 'กิตติพงษ์ บุญมา (Kittipong Boonma)', 'th', 'TH', [admin('mekong_riverside_park')]),
  person('siriporn_inkaew', 'ศิริพร อินทร์แก้ว (Siriporn Inkaew)', 'th', 'TH', [admin('lanna_herbal')]),
  person('panuwat_lertwiriya', 'ภาณุวัฒน์ เลิศวิริยะ (Panuwat Lertwiriya)', 'en', 'TH', [
    admin('chao_phraya_ventures'),
  ]),
  person('chonthicha_rungruang', 'ชลธิชา รุ่งเรือง (Chonthicha Rungruang)', 'th', 'TH', [
    admin('bangkok_coldlink'),
  ]),
  person('sombat_khamphumee', 'สมบัติ คำภูมี (Sombat Khamphumee)', 'th', 'TH', [
    admin('community_solar_network'),
  ]),
  person('jiraporn_saengthong', 'จิราพร แสงทอง (Jiraporn Saengthong)', 'th', 'TH', [
    admin('korat_biofertiliser'),
  ]),
];

const CAMBODIA: readonly DemoPerson[] = [
  person('chan_sophea', 'ចាន់ សុភា (Chan Sophea)', 'km', 'KH', [admin('rupp')]),
  person('heng_vichet', 'ហេង វិចិត្រ (Heng Vichet)', 'km', 'KH', [admin('itc')]),
  person('seng_piseth', 'សេង ពិសិដ្ឋ (Seng Piseth)', 'km', 'KH', [admin('cardi')]),
  person('lim_sokha', 'លឹម សុខា (Lim Sokha)', 'km', 'KH', [admin('battambang_seed')]),
  person('mao_chantrea', 'ម៉ៅ ចន្ទ្រា (Mao Chantrea)', 'km', 'KH', [admin('kampong_cham_rubber')]),
  person('chhim_dara', 'ឈឹម ដារ៉ា (Chhim Dara)', 'km', 'KH', [admin('kampong_thom_agro')]),
  person('tep_sreynich', 'ទេព ស្រីនិច (Tep Sreynich)', 'km', 'KH', [admin('angkor_medtech')]),
  person('kim_rattana', 'គីម រតនា (Kim Rattana)', 'en', 'KH', [admin('phnom_penh_startup_hub')]),
  person('prum_sitha', 'ព្រំ ស៊ីថា (Prum Sitha)', 'km', 'KH', [admin('tonle_clean_water')]),
  person('um_pisey', 'អ៊ុំ ពិសី (Um Pisey)', 'km', 'KH', [admin('sovann_agri_finance')]),
];

const MYANMAR: readonly DemoPerson[] = [
  person('zaw_min_htun', 'ဇော်မင်းထွန်း (Zaw Min Htun)', 'my', 'MM', [admin('ytu')]),
  person('nilar_win', 'နီလာဝင်း (Nilar Win)', 'my', 'MM', [admin('yau')]),
  person('thida_myint', 'သီတာမြင့် (Thida Myint)', 'my', 'MM', [admin('shwe_hinthar_herbal')]),
  person('kyaw_swar_lin', 'ကျော်စွာလင်း (Kyaw Swar Lin)', 'my', 'MM', [admin('ayeyarwady_rice')]),
  person('moe_moe_aye', 'မိုးမိုးအေး (Moe Moe Aye)', 'my', 'MM', [admin('golden_sun_energy')]),
  person('aung_pyae_sone', 'အောင်ပြည့်စုံ (Aung Pyae Sone)', 'my', 'MM', [admin('thuriya_pay')]),
  person('tun_tun_naing', 'ထွန်းထွန်းနိုင် (Tun Tun Naing)', 'my', 'MM', [admin('upper_myanmar_minerals')]),
  person('phyo_thiri', 'ဖြိုးသီရိ (Phyo Thiri)', 'en', 'MM', [admin('hlaing_tharyar_hub')]),
];

const VIETNAM: readonly DemoPerson[] = [
  person('pham_van_hung', 'Phạm Văn Hùng', 'vi', 'VN', [admin('hust')]),
  person('le_thi_hong', 'Lê Thị Hồng', 'vi', 'VN', [admin('vast')]),
  person('nguyen_thanh_tung', 'Nguyễn Thanh Tùng', 'vi', 'VN', [admin('ctu')]),
  person('vo_thi_mai', 'Võ Thị Mai', 'vi', 'VN', [admin('phu_sa_xanh_seed')]),
  person('dang_quoc_bao', 'Đặng Quốc Bảo', 'vi', 'VN', [admin('song_han_iot')]),
  person('hoang_thu_trang', 'Hoàng Thu Trang', 'vi', 'VN', [admin('lam_vien_pharma')]),
  person('bui_duc_anh', 'Bùi Đức Anh', 'vi', 'VN', [admin('red_river_incubator')]),
  person('ly_gia_huy', 'Lý Gia Huy', 'en', 'VN', [admin('mekong_innovation_fund')]),
  person('huynh_van_phuc', 'Huỳnh Văn Phúc', 'vi', 'VN', [admin('mekong_delta_cold_chain')]),
  person('vu_ngoc_son', 'Vũ Ngọc Sơn', 'vi', 'VN', [admin('bach_dang_energy')]),
];

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  ...COORDINATORS,
  ...ADMINISTRATORS,
  ...CHINA,
  ...LAOS,
  ...THAILAND,
  ...CAMBODIA,
  ...MYANMAR,
  ...VIETNAM,
];
