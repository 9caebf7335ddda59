/**
 * Provinces by their GB/T 2260 two-digit prefix, with the one-character abbreviation used in ICP
 * filing numbers (domain.md §4). Note 蜀 (not 川), 黔 (not 贵), 滇 (not 云) and 陇 (not 甘).
 */
export interface Province {
  code: string;
  zh: string;
  en: string;
  /** The character in filing numbers; null where no ICP filing exists (HK, Macao, Taiwan). */
  icpChar: string | null;
}

export const PROVINCES: readonly Province[] = [
  { code: '11', zh: '北京', en: 'Beijing', icpChar: '京' },
  { code: '12', zh: '天津', en: 'Tianjin', icpChar: '津' },
  { code: '13', zh: '河北', en: 'Hebei', icpChar: '冀' },
  { code: '14', zh: '山西', en: 'Shanxi', icpChar: '晋' },
  { code: '15', zh: '内蒙古', en: 'Inner Mongolia', icpChar: '蒙' },
  { code: '21', zh: '辽宁', en: 'Liaoning', icpChar: '辽' },
  { code: '22', zh: '吉林', en: 'Jilin', icpChar: '吉' },
  { code: '23', zh: '黑龙江', en: 'Heilongjiang', icpChar: '黑' },
  { code: '31', zh: '上海', en: 'Shanghai', icpChar: '沪' },
  { code: '32', zh: '江苏', en: 'Jiangsu', icpChar: '苏' },
  { code: '33', zh: '浙江', en: 'Zhejiang', icpChar: '浙' },
  { code: '34', zh: '安徽', en: 'Anhui', icpChar: '皖' },
  { code: '35', zh: '福建', en: 'Fujian', icpChar: '闽' },
  { code: '36', zh: '江西', en: 'Jiangxi', icpChar: '赣' },
  { code: '37', zh: '山东', en: 'Shandong', icpChar: '鲁' },
  { code: '41', zh: '河南', en: 'Henan', icpChar: '豫' },
  { code: '42', zh: '湖北', en: 'Hubei', icpChar: '鄂' },
  { code: '43', zh: '湖南', en: 'Hunan', icpChar: '湘' },
  { code: '44', zh: '广东', en: 'Guangdong', icpChar: '粤' },
  { code: '45', zh: '广西', en: 'Guangxi', icpChar: '桂' },
  { code: '46', zh: '海南', en: 'Hainan', icpChar: '琼' },
  { code: '50', zh: '重庆', en: 'Chongqing', icpChar: '渝' },
  { code: '51', zh: '四川', en: 'Sichuan', icpChar: '蜀' },
  { code: '52', zh: '贵州', en: 'Guizhou', icpChar: '黔' },
  { code: '53', zh: '云南', en: 'Yunnan', icpChar: '滇' },
  { code: '54', zh: '西藏', en: 'Tibet', icpChar: '藏' },
  { code: '61', zh: '陕西', en: 'Shaanxi', icpChar: '陕' },
  { code: '62', zh: '甘肃', en: 'Gansu', icpChar: '陇' },
  { code: '63', zh: '青海', en: 'Qinghai', icpChar: '青' },
  { code: '64', zh: '宁夏', en: 'Ningxia', icpChar: '宁' },
  { code: '65', zh: '新疆', en: 'Xinjiang', icpChar: '新' },
];

const byCode = new Map(PROVINCES.map((p) => [p.code, p]));

export function provinceByCode(code: string): Province | undefined {
  return byCode.get(code);
}

/** Provinces where ICP filings are made (every entry above has a filing character). */
export const FILING_PROVINCES = PROVINCES.filter((p) => p.icpChar !== null);
