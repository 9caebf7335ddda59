/**
 * Word lists for realistic seeded data: surnames and given-name characters with their pinyin (for
 * e-mail addresses and domains), brand words for unit names, and the parts personal site names are
 * made of. Every word here was chosen to pass the site-name rules (domain.md §7); the seed's own
 * tests check the generated names against `src/domain/rules/siteNames.json`.
 */

type Entry = readonly [string, string];

function entries(table: string): Entry[] {
  return table
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [zh = '', pinyin = ''] = pair.split(':');
      return [zh, pinyin] as const;
    });
}

/** Common surnames, roughly by frequency (the list order drives the weights). */
export const SURNAMES = entries(`
王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun
马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang
许:xu 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 袁:yuan 潘:pan
于:yu 蒋:jiang 蔡:cai 余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei 吕:lv 丁:ding 任:ren 沈:shen
姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang 范:fan 金:jin 石:shi 廖:liao
贾:jia 夏:xia 韦:wei 方:fang 白:bai 邹:zou 孟:meng 熊:xiong 秦:qin 邱:qiu 江:jiang 尹:yin
薛:xue 段:duan 雷:lei 侯:hou 龙:long 史:shi 陶:tao 贺:he 顾:gu 毛:mao 郝:hao 龚:gong
邵:shao 万:wan 严:yan 武:wu 戴:dai 莫:mo 孔:kong 汤:tang 欧阳:ouyang 司马:sima 上官:shangguan
`);

export const MALE_GIVEN = entries(`
伟:wei 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 杰:jie 涛:tao 明:ming 超:chao 辉:hui 鹏:peng
华:hua 飞:fei 宇:yu 浩:hao 俊:jun 峰:feng 斌:bin 建:jian 国:guo 志:zhi 文:wen 海:hai
晨:chen 博:bo 轩:xuan 睿:rui 子:zi 航:hang 东:dong 林:lin 凯:kai 毅:yi 嘉:jia 泽:ze
`);

export const FEMALE_GIVEN = entries(`
芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 燕:yan 霞:xia 玲:ling 婷:ting 雪:xue 琳:lin
颖:ying 欣:xin 怡:yi 佳:jia 梦:meng 雨:yu 萱:xuan 晴:qing 露:lu 悦:yue 晓:xiao 思:si
涵:han 诗:shi 慧:hui 倩:qian 琪:qi 彤:tong 楠:nan 瑶:yao 月:yue 兰:lan 秀:xiu 春:chun
`);

/** Brand words of unit names (云帆科技有限公司), with pinyin for the unit's domain. */
export const BRANDS = entries(`
云帆:yunfan 星河:xinghe 蓝海:lanhai 鼎新:dingxin 华创:huachuang 恒信:hengxin 锦程:jincheng
汇智:huizhi 博远:boyuan 启明:qiming 晨光:chenguang 优联:youlian 瑞丰:ruifeng 天成:tiancheng
嘉禾:jiahe 银杏:yinxing 正和:zhenghe 卓越:zhuoyue 宏图:hongtu 新元:xinyuan 易达:yida
青松:qingsong 海纳:haina 万象:wanxiang 思远:siyuan 乐享:lexiang 智联:zhilian 数联:shulian
明德:mingde 安途:antu 凌云:lingyun 远航:yuanhang 德润:derun 聚贤:juxian 众合:zhonghe
`);

/** Enterprise lines of business, with a short English-ish token for domains. */
export const INDUSTRIES = entries(`
科技:tech 信息技术:it 软件:soft 电子商务:shop 广告传媒:media 餐饮管理:food 建筑工程:build
物流:logistics 设计:design 咨询:consult 贸易:trade 智能制造:zhizao
`);

export const COMPANY_FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司'];

/** Personal site names: prefix + topic + suffix, e.g. 山间 + 读书 + 笔记. */
export const SITE_PREFIXES = entries(`
山间:shanjian 溪边:xibian 云端:yunduan 小城:xiaocheng 晴窗:qingchuang 南窗:nanchuang
半亩:banmu 竹林:zhulin 拾光:shiguang 慢行:manxing 晨曦:chenxi 闲云:xianyun 青柠:qingning
北岸:beian 橘子:juzi 木棉:mumian 远山:yuanshan 星夜:xingye
`);

export const SITE_TOPICS = entries(`
读书:dushu 摄影:sheying 美食:meishi 旅行:lvxing 随笔:suibi 手工:shougong 园艺:yuanyi
跑步:paobu 代码:daima 绘画:huihua 咖啡:kafei 茶事:chashi 烘焙:hongbei 观鸟:guanniao
书法:shufa 骑行:qixing 花草:huacao 厨房:chufang
`);

export const SITE_SUFFIXES = [
  '笔记',
  '札记',
  '日志',
  '小记',
  '手记',
  '随想',
  '杂谈',
  '记录',
  '博客',
];

/** Service content (网站服务内容) by filer kind. */
export const PERSONAL_SERVICE_CONTENT = ['博客/个人空间', '个人作品展示', '学习笔记'];
export const UNIT_SERVICE_CONTENT = ['企业官网', '综合门户', '产品展示', '在线商城'];

/** Foreign filers (passport holders) print their names in Latin letters. */
export const FOREIGN_NAMES = [
  ['SMITH JOHN', 'United Kingdom', 'GBR'],
  ['MUELLER ANNA', 'Germany', 'DEU'],
  ['TANAKA YUKI', 'Japan', 'JPN'],
  ['KIM MINJUN', 'Korea', 'KOR'],
  ['DUBOIS CLAIRE', 'France', 'FRA'],
  ['ROSSI MARCO', 'Italy', 'ITA'],
] as const;

export const ETHNICITIES: readonly (readonly [string, number])[] = [
  ['汉', 90],
  ['回', 2],
  ['满', 2],
  ['壮', 2],
  ['苗', 1],
  ['土家', 1],
  ['蒙古', 1],
  ['朝鲜', 0.5],
];

/** Ethnicities more common in the autonomous regions, used there instead of the national mix. */
export const REGIONAL_ETHNICITY: Readonly<Record<string, string>> = {
  '15': '蒙古',
  '45': '壮',
  '54': '藏',
  '64': '回',
  '65': '维吾尔',
};

export const MAIL_DOMAINS = [
  'qq.com',
  '163.com',
  '126.com',
  'foxmail.com',
  'outlook.com',
  'sina.com',
];
