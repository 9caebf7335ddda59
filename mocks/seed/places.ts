/**
 * Real places per filing province for the seed: the province's full name, a few cities with real
 * GB/T 2260 district codes (so generated resident IDs carry an existing region code), telephone
 * area codes, and the nearest cloud region. `weight` skews the seed towards where most filings are.
 */

export interface District {
  name: string;
  code: string;
}

export interface City {
  name: string;
  areaCode: string;
  districts: readonly District[];
}

export interface ProvincePlaces {
  code: string;
  fullName: string;
  /** Municipalities print the city once: 北京市朝阳区, not 北京市北京市朝阳区. */
  municipality: boolean;
  weight: number;
  cloudRegion: string;
  cities: readonly City[];
}

// code|full name|M(unicipality) or P|weight|cloud region|city:area code:district=code,...;...
const TABLE = `
  11|北京市|M|9|ap-beijing|北京市:010:东城区=110101,朝阳区=110105,海淀区=110108,丰台区=110106
  12|天津市|M|2|ap-beijing|天津市:022:和平区=120101,南开区=120104
  13|河北省|P|2|ap-beijing|石家庄市:0311:长安区=130102,桥西区=130104;唐山市:0315:路南区=130202,路北区=130203
  14|山西省|P|1|ap-beijing|太原市:0351:小店区=140105,迎泽区=140106
  15|内蒙古自治区|P|1|ap-beijing|呼和浩特市:0471:新城区=150102,回民区=150103
  21|辽宁省|P|2|ap-beijing|沈阳市:024:和平区=210102,沈河区=210103;大连市:0411:中山区=210202,沙河口区=210204
  22|吉林省|P|1|ap-beijing|长春市:0431:南关区=220102,朝阳区=220104
  23|黑龙江省|P|1|ap-beijing|哈尔滨市:0451:道里区=230102,南岗区=230103
  31|上海市|M|8|ap-shanghai|上海市:021:黄浦区=310101,徐汇区=310104,静安区=310106,浦东新区=310115
  32|江苏省|P|6|ap-nanjing|南京市:025:玄武区=320102,鼓楼区=320106;苏州市:0512:虎丘区=320505,吴中区=320506
  33|浙江省|P|7|ap-shanghai|杭州市:0571:上城区=330102,西湖区=330106,滨江区=330108;宁波市:0574:海曙区=330203,江北区=330205
  34|安徽省|P|2|ap-nanjing|合肥市:0551:瑶海区=340102,蜀山区=340104
  35|福建省|P|3|ap-guangzhou|福州市:0591:鼓楼区=350102,台江区=350103;厦门市:0592:思明区=350203,湖里区=350206
  36|江西省|P|1|ap-guangzhou|南昌市:0791:东湖区=360102,西湖区=360103
  37|山东省|P|4|ap-beijing|济南市:0531:历下区=370102,市中区=370103;青岛市:0532:市南区=370202,市北区=370203
  41|河南省|P|3|ap-beijing|郑州市:0371:中原区=410102,金水区=410105
  42|湖北省|P|3|ap-guangzhou|武汉市:027:江岸区=420102,武昌区=420106,洪山区=420111
  43|湖南省|P|2|ap-guangzhou|长沙市:0731:芙蓉区=430102,岳麓区=430104
  44|广东省|P|12|ap-guangzhou|广州市:020:荔湾区=440103,越秀区=440104,天河区=440106;深圳市:0755:罗湖区=440303,福田区=440304,南山区=440305,宝安区=440306
  45|广西壮族自治区|P|1|ap-guangzhou|南宁市:0771:兴宁区=450102,青秀区=450103
  46|海南省|P|1|ap-guangzhou|海口市:0898:秀英区=460105,龙华区=460106;三亚市:0898:海棠区=460202,吉阳区=460203
  50|重庆市|M|2|ap-chongqing|重庆市:023:渝中区=500103,江北区=500105
  51|四川省|P|4|ap-chengdu|成都市:028:锦江区=510104,武侯区=510107,成华区=510108
  52|贵州省|P|1|ap-chengdu|贵阳市:0851:南明区=520102,云岩区=520103
  53|云南省|P|1|ap-chengdu|昆明市:0871:五华区=530102,盘龙区=530103
  54|西藏自治区|P|0.3|ap-chengdu|拉萨市:0891:城关区=540102
  61|陕西省|P|2|ap-chengdu|西安市:029:新城区=610102,碑林区=610103,雁塔区=610113
  62|甘肃省|P|0.7|ap-chengdu|兰州市:0931:城关区=620102,七里河区=620103
  63|青海省|P|0.3|ap-chengdu|西宁市:0971:城东区=630102,城中区=630103
  64|宁夏回族自治区|P|0.3|ap-chengdu|银川市:0951:兴庆区=640104,西夏区=640105
  65|新疆维吾尔自治区|P|0.5|ap-chengdu|乌鲁木齐市:0991:天山区=650102,沙依巴克区=650103
`;

export const PLACES: readonly ProvincePlaces[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code = '', fullName = '', kind, weight, cloudRegion = '', cities = ''] = line
      .trim()
      .split('|');
    return {
      code,
      fullName,
      municipality: kind === 'M',
      weight: Number(weight),
      cloudRegion,
      cities: cities.split(';').map((city) => {
        const [name = '', areaCode = '', districts = ''] = city.split(':');
        return {
          name,
          areaCode,
          districts: districts.split(',').map((entry) => {
            const [districtName = '', districtCode = ''] = entry.split('=');
            return { name: districtName, code: districtCode };
          }),
        };
      }),
    };
  });

const byCode = new Map(PLACES.map((p) => [p.code, p]));

export function placesOf(code: string): ProvincePlaces {
  const places = byCode.get(code);
  if (!places) throw new RangeError(`No places for province ${code}`);
  return places;
}

export const PROVINCE_WEIGHTS: readonly (readonly [string, number])[] = PLACES.map((p) => [
  p.code,
  p.weight,
]);

export const STREETS = [
  '人民路',
  '解放路',
  '中山路',
  '建设路',
  '和平路',
  '长江路',
  '文化路',
  '新华路',
  '青年路',
  '学院路',
  '科技路',
  '创业大道',
  '发展大道',
  '滨江路',
  '东风路',
  '胜利路',
  '朝阳路',
  '迎宾大道',
  '光明路',
  '幸福路',
  '振兴路',
  '育才路',
  '南湖路',
  '金桥路',
] as const;

export const COMMUNITIES = [
  '阳光花园',
  '翠苑小区',
  '金色家园',
  '锦绣华庭',
  '枫林苑',
  '碧水湾',
  '丽景花园',
  '万科城',
  '御景豪庭',
  '南山公寓',
  '和谐家园',
  '书香名邸',
] as const;

export const BUILDINGS = [
  '科技大厦',
  '创新中心',
  '国际商务中心',
  '软件园',
  '金融大厦',
  '智慧谷',
  '创业园',
  '数码港',
] as const;

const districtIndex = new Map<string, { city: City; district: District }>();
for (const province of PLACES) {
  for (const city of province.cities) {
    for (const district of city.districts) districtIndex.set(district.code, { city, district });
  }
}

/** The city and district of a region code the seed uses, e.g. 440305 → 深圳市 南山区. */
export function districtByCode(code: string): { city: City; district: District } | undefined {
  return districtIndex.get(code);
}

/** The police office that issues resident IDs there: 深圳市公安局南山分局. */
export function idIssuingAuthority(regionCode: string): string {
  const place = districtIndex.get(regionCode);
  if (!place) return '公安局';
  return `${place.city.name}公安局${place.district.name.replace(/区$/, '')}分局`;
}
