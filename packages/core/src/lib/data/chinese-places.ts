/**
 * China's administrative divisions in the English forms used by Chinese official media.
 *
 * Source: compiled by hand after the Ministry of Civil Affairs list of administrative divisions (行政区划)
 * as of 2024 — 34 provincial-level divisions, 293 prefecture-level cities, 7 prefectures, 30 autonomous
 * prefectures and 3 leagues (the counts are checked by the tests) — in Hanyu Pinyin with apostrophes
 * ("Xi'an"), with the names minority-language places are known by in English ("Hohhot", "Urumqi",
 * "Shigatse"). County-level cities are most (~366) of the ~400, not guaranteed complete. National-level new
 * areas are the complete list of 19. Dalian's own districts and counties are listed because the product
 * reads Dalian municipal news.
 */

/** The kind of a provincial-level division. */
export type ProvincialKind =
  | 'province'
  | 'autonomous region'
  | 'municipality'
  | 'special administrative region'

/** A provincial-level division of China. */
export interface ProvincialDivision {
  /** Usual English name ("Liaoning", "Inner Mongolia", "Hong Kong"). */
  readonly name: string
  /** What kind of division it is. */
  readonly kind: ProvincialKind
  /** Official long forms and other spellings ("Liaoning Province", "Guangxi Zhuang Autonomous Region"). */
  readonly aliases: readonly string[]
}

const province = (name: string): ProvincialDivision => ({
  name,
  kind: 'province',
  aliases: [`${name} Province`],
})
const municipality = (name: string): ProvincialDivision => ({
  name,
  kind: 'municipality',
  aliases: [`${name} Municipality`],
})
const region = (name: string, ...aliases: string[]): ProvincialDivision => ({
  name,
  kind: 'autonomous region',
  aliases,
})
const sar = (name: string, ...aliases: string[]): ProvincialDivision => ({
  name,
  kind: 'special administrative region',
  aliases,
})

/** The 34 provincial-level divisions: 23 provinces, 5 autonomous regions, 4 municipalities, 2 SARs. */
export const provincialDivisions: readonly ProvincialDivision[] = [
  municipality('Beijing'),
  municipality('Tianjin'),
  municipality('Shanghai'),
  municipality('Chongqing'),
  province('Hebei'),
  province('Shanxi'),
  province('Liaoning'),
  province('Jilin'),
  province('Heilongjiang'),
  province('Jiangsu'),
  province('Zhejiang'),
  province('Anhui'),
  province('Fujian'),
  province('Jiangxi'),
  province('Shandong'),
  province('Henan'),
  province('Hubei'),
  province('Hunan'),
  province('Guangdong'),
  province('Hainan'),
  province('Sichuan'),
  province('Guizhou'),
  province('Yunnan'),
  province('Shaanxi'),
  province('Gansu'),
  province('Qinghai'),
  province('Taiwan'),
  region(
    'Inner Mongolia',
    'Inner Mongolia Autonomous Region',
    'Nei Mongol',
    'Nei Mongol Autonomous Region',
    'Neimenggu',
  ),
  region('Guangxi', 'Guangxi Zhuang Autonomous Region', 'Guangxi Autonomous Region'),
  region('Tibet', 'Tibet Autonomous Region', 'Xizang', 'Xizang Autonomous Region'),
  region('Ningxia', 'Ningxia Hui Autonomous Region', 'Ningxia Autonomous Region'),
  region(
    'Xinjiang',
    'Xinjiang Uygur Autonomous Region',
    'Xinjiang Uyghur Autonomous Region',
    'Xinjiang Autonomous Region',
  ),
  sar(
    'Hong Kong',
    'Hong Kong SAR',
    'HKSAR',
    'Hong Kong Special Administrative Region',
    'Hong Kong, China',
    'Hongkong',
  ),
  sar('Macao', 'Macau', 'Macao SAR', 'Macau SAR', 'Macao Special Administrative Region', 'Macao, China'),
]

/**
 * The 293 prefecture-level cities (sub-provincial cities such as Dalian included) keyed by the `name` of
 * their provincial-level division, in the official order. Five names are shared by two cities: Suzhou
 * (Jiangsu, Anhui), Taizhou (Jiangsu, Zhejiang), Fuzhou (Fujian, Jiangxi), Yichun (Heilongjiang, Jiangxi)
 * and Yulin (Guangxi, Shaanxi); Jilin is also a province.
 */
// biome-ignore format: packed data
export const prefectureLevelCitiesByProvince: Readonly<Record<string, readonly string[]>> = {
  Hebei: [
    'Shijiazhuang', 'Tangshan', 'Qinhuangdao', 'Handan', 'Xingtai', 'Baoding', 'Zhangjiakou', 'Chengde',
    'Cangzhou', 'Langfang', 'Hengshui',
  ],
  Shanxi: [
    'Taiyuan', 'Datong', 'Yangquan', 'Changzhi', 'Jincheng', 'Shuozhou', 'Jinzhong', 'Yuncheng', 'Xinzhou',
    'Linfen', 'Lüliang',
  ],
  'Inner Mongolia': [
    'Hohhot', 'Baotou', 'Wuhai', 'Chifeng', 'Tongliao', 'Ordos', 'Hulunbuir', 'Bayannur', 'Ulanqab',
  ],
  Liaoning: [
    'Shenyang', 'Dalian', 'Anshan', 'Fushun', 'Benxi', 'Dandong', 'Jinzhou', 'Yingkou', 'Fuxin', 'Liaoyang',
    'Panjin', 'Tieling', 'Chaoyang', 'Huludao',
  ],
  Jilin: ['Changchun', 'Jilin', 'Siping', 'Liaoyuan', 'Tonghua', 'Baishan', 'Songyuan', 'Baicheng'],
  Heilongjiang: [
    'Harbin', 'Qiqihar', 'Jixi', 'Hegang', 'Shuangyashan', 'Daqing', 'Yichun', 'Jiamusi', 'Qitaihe',
    'Mudanjiang', 'Heihe', 'Suihua',
  ],
  Jiangsu: [
    'Nanjing', 'Wuxi', 'Xuzhou', 'Changzhou', 'Suzhou', 'Nantong', 'Lianyungang', "Huai'an", 'Yancheng',
    'Yangzhou', 'Zhenjiang', 'Taizhou', 'Suqian',
  ],
  Zhejiang: [
    'Hangzhou', 'Ningbo', 'Wenzhou', 'Jiaxing', 'Huzhou', 'Shaoxing', 'Jinhua', 'Quzhou', 'Zhoushan',
    'Taizhou', 'Lishui',
  ],
  Anhui: [
    'Hefei', 'Wuhu', 'Bengbu', 'Huainan', "Ma'anshan", 'Huaibei', 'Tongling', 'Anqing', 'Huangshan',
    'Chuzhou', 'Fuyang', 'Suzhou', "Lu'an", 'Bozhou', 'Chizhou', 'Xuancheng',
  ],
  Fujian: ['Fuzhou', 'Xiamen', 'Putian', 'Sanming', 'Quanzhou', 'Zhangzhou', 'Nanping', 'Longyan', 'Ningde'],
  Jiangxi: [
    'Nanchang', 'Jingdezhen', 'Pingxiang', 'Jiujiang', 'Xinyu', 'Yingtan', 'Ganzhou', "Ji'an", 'Yichun',
    'Fuzhou', 'Shangrao',
  ],
  Shandong: [
    'Jinan', 'Qingdao', 'Zibo', 'Zaozhuang', 'Dongying', 'Yantai', 'Weifang', 'Jining', "Tai'an", 'Weihai',
    'Rizhao', 'Linyi', 'Dezhou', 'Liaocheng', 'Binzhou', 'Heze',
  ],
  Henan: [
    'Zhengzhou', 'Kaifeng', 'Luoyang', 'Pingdingshan', 'Anyang', 'Hebi', 'Xinxiang', 'Jiaozuo', 'Puyang',
    'Xuchang', 'Luohe', 'Sanmenxia', 'Nanyang', 'Shangqiu', 'Xinyang', 'Zhoukou', 'Zhumadian',
  ],
  Hubei: [
    'Wuhan', 'Huangshi', 'Shiyan', 'Yichang', 'Xiangyang', 'Ezhou', 'Jingmen', 'Xiaogan', 'Jingzhou',
    'Huanggang', 'Xianning', 'Suizhou',
  ],
  Hunan: [
    'Changsha', 'Zhuzhou', 'Xiangtan', 'Hengyang', 'Shaoyang', 'Yueyang', 'Changde', 'Zhangjiajie', 'Yiyang',
    'Chenzhou', 'Yongzhou', 'Huaihua', 'Loudi',
  ],
  Guangdong: [
    'Guangzhou', 'Shaoguan', 'Shenzhen', 'Zhuhai', 'Shantou', 'Foshan', 'Jiangmen', 'Zhanjiang', 'Maoming',
    'Zhaoqing', 'Huizhou', 'Meizhou', 'Shanwei', 'Heyuan', 'Yangjiang', 'Qingyuan', 'Dongguan', 'Zhongshan',
    'Chaozhou', 'Jieyang', 'Yunfu',
  ],
  Guangxi: [
    'Nanning', 'Liuzhou', 'Guilin', 'Wuzhou', 'Beihai', 'Fangchenggang', 'Qinzhou', 'Guigang', 'Yulin',
    'Baise', 'Hezhou', 'Hechi', 'Laibin', 'Chongzuo',
  ],
  Hainan: ['Haikou', 'Sanya', 'Sansha', 'Danzhou'],
  Sichuan: [
    'Chengdu', 'Zigong', 'Panzhihua', 'Luzhou', 'Deyang', 'Mianyang', 'Guangyuan', 'Suining', 'Neijiang',
    'Leshan', 'Nanchong', 'Meishan', 'Yibin', "Guang'an", 'Dazhou', "Ya'an", 'Bazhong', 'Ziyang',
  ],
  Guizhou: ['Guiyang', 'Liupanshui', 'Zunyi', 'Anshun', 'Bijie', 'Tongren'],
  Yunnan: ['Kunming', 'Qujing', 'Yuxi', 'Baoshan', 'Zhaotong', 'Lijiang', "Pu'er", 'Lincang'],
  Tibet: ['Lhasa', 'Shigatse', 'Chamdo', 'Nyingchi', 'Shannan', 'Nagqu'],
  Shaanxi: [
    "Xi'an", 'Tongchuan', 'Baoji', 'Xianyang', 'Weinan', "Yan'an", 'Hanzhong', 'Yulin', 'Ankang', 'Shangluo',
  ],
  Gansu: [
    'Lanzhou', 'Jiayuguan', 'Jinchang', 'Baiyin', 'Tianshui', 'Wuwei', 'Zhangye', 'Pingliang', 'Jiuquan',
    'Qingyang', 'Dingxi', 'Longnan',
  ],
  Qinghai: ['Xining', 'Haidong'],
  Ningxia: ['Yinchuan', 'Shizuishan', 'Wuzhong', 'Guyuan', 'Zhongwei'],
  Xinjiang: ['Urumqi', 'Karamay', 'Turpan', 'Hami'],
}

/** Every prefecture-level city name. */
export const prefectureLevelCities: ReadonlySet<string> = new Set(
  Object.values(prefectureLevelCitiesByProvince).flat(),
)

/** The kind of a prefecture-level division that is not a city. */
export type PrefectureKind = 'prefecture' | 'autonomous prefecture' | 'league'

/** A prefecture, autonomous prefecture or league. */
export interface PrefectureDivision {
  /** The short name used in running text ("Yanbian", "Xilingol"). */
  readonly name: string
  /** The full official English name ("Yanbian Korean Autonomous Prefecture"). */
  readonly fullName: string
  /** The `name` of its provincial-level division. */
  readonly province: string
  /** What kind of division it is. */
  readonly kind: PrefectureKind
}

// [short name, full name, province]; the kind follows from the full name.
// biome-ignore format: packed data
const prefectureRows: readonly (readonly [string, string, string])[] = [
  ['Hinggan', 'Hinggan League', 'Inner Mongolia'],
  ['Xilingol', 'Xilingol League', 'Inner Mongolia'],
  ['Alxa', 'Alxa League', 'Inner Mongolia'],
  ['Yanbian', 'Yanbian Korean Autonomous Prefecture', 'Jilin'],
  ["Daxing'anling", "Daxing'anling Prefecture", 'Heilongjiang'],
  ['Enshi', 'Enshi Tujia and Miao Autonomous Prefecture', 'Hubei'],
  ['Xiangxi', 'Xiangxi Tujia and Miao Autonomous Prefecture', 'Hunan'],
  ['Ngawa', 'Ngawa Tibetan and Qiang Autonomous Prefecture', 'Sichuan'],
  ['Garze', 'Garze Tibetan Autonomous Prefecture', 'Sichuan'],
  ['Liangshan', 'Liangshan Yi Autonomous Prefecture', 'Sichuan'],
  ['Qianxinan', 'Qianxinan Buyei and Miao Autonomous Prefecture', 'Guizhou'],
  ['Qiandongnan', 'Qiandongnan Miao and Dong Autonomous Prefecture', 'Guizhou'],
  ['Qiannan', 'Qiannan Buyei and Miao Autonomous Prefecture', 'Guizhou'],
  ['Chuxiong', 'Chuxiong Yi Autonomous Prefecture', 'Yunnan'],
  ['Honghe', 'Honghe Hani and Yi Autonomous Prefecture', 'Yunnan'],
  ['Wenshan', 'Wenshan Zhuang and Miao Autonomous Prefecture', 'Yunnan'],
  ['Xishuangbanna', 'Xishuangbanna Dai Autonomous Prefecture', 'Yunnan'],
  ['Dali', 'Dali Bai Autonomous Prefecture', 'Yunnan'],
  ['Dehong', 'Dehong Dai and Jingpo Autonomous Prefecture', 'Yunnan'],
  ['Nujiang', 'Nujiang Lisu Autonomous Prefecture', 'Yunnan'],
  ['Diqing', 'Diqing Tibetan Autonomous Prefecture', 'Yunnan'],
  ['Ngari', 'Ngari Prefecture', 'Tibet'],
  ['Linxia', 'Linxia Hui Autonomous Prefecture', 'Gansu'],
  ['Gannan', 'Gannan Tibetan Autonomous Prefecture', 'Gansu'],
  ['Haibei', 'Haibei Tibetan Autonomous Prefecture', 'Qinghai'],
  ['Huangnan', 'Huangnan Tibetan Autonomous Prefecture', 'Qinghai'],
  ['Hainan', 'Hainan Tibetan Autonomous Prefecture', 'Qinghai'],
  ['Golog', 'Golog Tibetan Autonomous Prefecture', 'Qinghai'],
  ['Yushu', 'Yushu Tibetan Autonomous Prefecture', 'Qinghai'],
  ['Haixi', 'Haixi Mongol and Tibetan Autonomous Prefecture', 'Qinghai'],
  ['Changji', 'Changji Hui Autonomous Prefecture', 'Xinjiang'],
  ['Bortala', 'Bortala Mongol Autonomous Prefecture', 'Xinjiang'],
  ['Bayingolin', 'Bayingolin Mongol Autonomous Prefecture', 'Xinjiang'],
  ['Kizilsu', 'Kizilsu Kirghiz Autonomous Prefecture', 'Xinjiang'],
  ['Ili', 'Ili Kazakh Autonomous Prefecture', 'Xinjiang'],
  ['Aksu', 'Aksu Prefecture', 'Xinjiang'],
  ['Kashgar', 'Kashgar Prefecture', 'Xinjiang'],
  ['Hotan', 'Hotan Prefecture', 'Xinjiang'],
  ['Tacheng', 'Tacheng Prefecture', 'Xinjiang'],
  ['Altay', 'Altay Prefecture', 'Xinjiang'],
]

/** The 40 non-city prefecture-level divisions: 7 prefectures, 30 autonomous prefectures, 3 leagues. */
export const prefectureDivisions: readonly PrefectureDivision[] = prefectureRows.map(
  ([name, fullName, province]) => ({
    name,
    fullName,
    province,
    kind: fullName.endsWith('League')
      ? 'league'
      : fullName.endsWith('Autonomous Prefecture')
        ? 'autonomous prefecture'
        : 'prefecture',
  }),
)

/**
 * The peoples China's autonomous areas are named after, as their official English names write them ("Fuxin
 * Mongolian Autonomous County", "Changbai Korean Autonomous County", "Enshi Tujia and Miao Autonomous
 * Prefecture"), with the usual other spellings ("Mongol", "Uygur", "Kazak", "Bouyei", "Xibo").
 *
 * Source: the 55 recognised minority peoples in the State Ethnic Affairs Commission's English list, as the
 * Ministry of Civil Affairs' division names in English use them.
 */
// biome-ignore format: packed data
export const autonomousPeoples: ReadonlySet<string> = new Set([
  'Achang', 'Bai', 'Blang', 'Bonan', 'Bouyei', 'Buyei', 'Dai', 'Daur', 'Deang', "De'ang", 'Derung', 'Dong',
  'Dongxiang', 'Ewenki', 'Evenk', 'Gaoshan', 'Gelao', 'Gin', 'Hani', 'Hezhen', 'Hui', 'Jing', 'Jingpo',
  'Jino', 'Kazak', 'Kazakh', 'Kirghiz', 'Kyrgyz', 'Korean', 'Lahu', 'Lhoba', 'Li', 'Lisu', 'Manchu', 'Maonan',
  'Miao', 'Monba', 'Mongol', 'Mongolian', 'Mulao', 'Naxi', 'Nu', 'Oroqen', 'Pumi', 'Qiang', 'Russian',
  'Salar', 'She', 'Shui', 'Sui', 'Tajik', 'Tatar', 'Tibetan', 'Tu', 'Tujia', 'Uyghur', 'Uygur', 'Uzbek', 'Va',
  'Wa', 'Xibe', 'Xibo', 'Yao', 'Yi', 'Yugur', 'Zhuang',
])

/**
 * County-level cities, most but not all of them, keyed by provincial-level division; Henan's Jiyuan and
 * Hubei's Xiantao, Qianjiang and Tianmen are sub-prefecture cities administered directly by the province.
 */
// biome-ignore format: packed data
export const countyLevelCitiesByProvince: Readonly<Record<string, readonly string[]>> = {
  Hebei: [
    'Xinji', 'Jinzhou', 'Xinle', 'Zunhua', "Qian'an", 'Luanzhou', "Wu'an", 'Nangong', 'Shahe', 'Zhuozhou',
    'Dingzhou', 'Anguo', 'Gaobeidian', 'Pingquan', 'Botou', 'Renqiu', 'Huanghua', 'Hejian', 'Bazhou', 'Sanhe',
    'Shenzhou',
  ],
  Shanxi: [
    'Gujiao', 'Gaoping', 'Jiexiu', 'Yongji', 'Hejin', 'Yuanping', 'Houma', 'Huozhou', 'Xiaoyi', 'Fenyang',
  ],
  'Inner Mongolia': [
    'Manzhouli', 'Erenhot', 'Xilinhot', 'Ulanhot', 'Arxan', 'Zalantun', 'Yakeshi', 'Genhe', 'Ergun',
    'Holingol', 'Fengzhen',
  ],
  Liaoning: [
    'Wafangdian', 'Zhuanghe', 'Xinmin', 'Haicheng', 'Donggang', 'Fengcheng', 'Linghai', 'Beizhen', 'Gaizhou',
    'Dashiqiao', 'Dengta', 'Diaobingshan', 'Kaiyuan', 'Beipiao', 'Lingyuan', 'Xingcheng',
  ],
  Jilin: [
    'Yushu', 'Dehui', 'Jiaohe', 'Huadian', 'Shulan', 'Panshi', 'Gongzhuling', 'Shuangliao', 'Meihekou',
    "Ji'an", 'Linjiang', 'Taonan', "Da'an", 'Yanji', 'Tumen', 'Dunhua', 'Hunchun', 'Longjing', 'Helong',
  ],
  Heilongjiang: [
    'Shangzhi', 'Wuchang', 'Nehe', 'Hulin', 'Mishan', 'Tieli', 'Tongjiang', 'Fujin', 'Fuyuan', 'Suifenhe',
    'Hailin', "Ning'an", 'Muling', 'Dongning', "Bei'an", 'Wudalianchi', 'Nenjiang', 'Anda', 'Zhaodong',
    'Hailun', 'Mohe',
  ],
  Jiangsu: [
    'Jiangyin', 'Yixing', 'Pizhou', 'Xinyi', 'Liyang', 'Changshu', 'Zhangjiagang', 'Kunshan', 'Taicang',
    'Qidong', 'Rugao', "Hai'an", 'Dongtai', 'Yizheng', 'Gaoyou', 'Danyang', 'Yangzhong', 'Jurong', 'Xinghua',
    'Jingjiang', 'Taixing',
  ],
  Zhejiang: [
    'Jiande', 'Yuyao', 'Cixi', 'Ruian', 'Yueqing', 'Longgang', 'Haining', 'Pinghu', 'Tongxiang', 'Zhuji',
    'Shengzhou', 'Lanxi', 'Yiwu', 'Dongyang', 'Yongkang', 'Jiangshan', 'Wenling', 'Linhai', 'Yuhuan',
    'Longquan',
  ],
  Anhui: [
    'Chaohu', 'Wuwei', 'Jieshou', 'Tianchang', 'Mingguang', 'Tongcheng', 'Qianshan', 'Ningguo', 'Guangde',
  ],
  Fujian: [
    'Fuqing', "Yong'an", 'Shishi', 'Jinjiang', "Nan'an", 'Zhangping', 'Shaowu', 'Wuyishan', "Jian'ou",
    "Fu'an", 'Fuding',
  ],
  Jiangxi: [
    'Leping', 'Ruichang', 'Gongqingcheng', 'Lushan', 'Guixi', 'Ruijin', 'Longnan', 'Jinggangshan',
    'Fengcheng', 'Zhangshu', "Gao'an", 'Dexing',
  ],
  Shandong: [
    'Pingdu', 'Laixi', 'Jiaozhou', 'Tengzhou', 'Longkou', 'Laiyang', 'Laizhou', 'Zhaoyuan', 'Qixia',
    'Haiyang', 'Qingzhou', 'Zhucheng', 'Shouguang', 'Anqiu', 'Gaomi', 'Changyi', 'Qufu', 'Zoucheng', 'Xintai',
    'Feicheng', 'Rongcheng', 'Rushan', 'Leling', 'Yucheng', 'Linqing', 'Zouping',
  ],
  Henan: [
    'Jiyuan', 'Gongyi', 'Xingyang', 'Xinmi', 'Xinzheng', 'Dengfeng', 'Wugang', 'Ruzhou', 'Linzhou', 'Weihui',
    'Huixian', 'Qinyang', 'Mengzhou', 'Yuzhou', 'Changge', 'Yima', 'Lingbao', 'Dengzhou', 'Yongcheng',
    'Xiangcheng',
  ],
  Hubei: [
    'Xiantao', 'Qianjiang', 'Tianmen', 'Daye', 'Danjiangkou', 'Yidu', 'Dangyang', 'Zhijiang', 'Laohekou',
    'Zaoyang', 'Yicheng', 'Zhongxiang', 'Jingshan', 'Yingcheng', 'Anlu', 'Hanchuan', 'Shishou', 'Honghu',
    'Songzi', 'Macheng', 'Wuxue', 'Chibi', 'Guangshui', 'Enshi', 'Lichuan',
  ],
  Hunan: [
    'Liuyang', 'Ningxiang', 'Liling', 'Xiangxiang', 'Shaoshan', 'Leiyang', 'Changning', 'Wugang', 'Miluo',
    'Linxiang', 'Jinshi', 'Yuanjiang', 'Zixing', 'Hongjiang', 'Lengshuijiang', 'Lianyuan', 'Jishou',
  ],
  Guangdong: [
    'Lechang', 'Nanxiong', 'Taishan', 'Kaiping', 'Heshan', 'Enping', 'Lianjiang', 'Leizhou', 'Wuchuan',
    'Gaozhou', 'Huazhou', 'Xinyi', 'Sihui', 'Xingning', 'Lufeng', 'Yangchun', 'Yingde', 'Lianzhou', 'Puning',
    'Luoding',
  ],
  Guangxi: ['Dongxing', 'Pingxiang', 'Guiping', 'Beiliu', 'Jingxi', 'Heshan', 'Cenxi', 'Lipu'],
  Hainan: ['Qionghai', 'Wenchang', 'Wanning', 'Wuzhishan', 'Dongfang'],
  Sichuan: [
    'Dujiangyan', 'Pengzhou', 'Qionglai', 'Chongzhou', 'Jianyang', 'Guanghan', 'Shifang', 'Mianzhu',
    'Jiangyou', 'Langzhong', 'Emeishan', 'Huaying', 'Wanyuan', 'Xichang', 'Kangding', 'Barkam',
  ],
  Guizhou: ['Qingzhen', 'Chishui', 'Renhuai', 'Xingyi', 'Kaili', 'Duyun', 'Fuquan', 'Panzhou'],
  Yunnan: [
    'Anning', 'Xuanwei', 'Tengchong', 'Gejiu', 'Kaiyuan', 'Mengzi', 'Jinghong', 'Dali', 'Ruili', 'Mangshi',
    'Shangri-La', 'Chuxiong', 'Wenshan',
  ],
  Shaanxi: ['Xingping', 'Binzhou', 'Hancheng', 'Huayin', 'Shenmu', 'Zichang', 'Xunyang'],
  Gansu: ['Yumen', 'Dunhuang', 'Linxia', 'Hezuo', 'Huating'],
  Qinghai: ['Golmud', 'Delingha', 'Mangya', 'Yushu', 'Tongren'],
  Ningxia: ['Lingwu', 'Qingtongxia'],
  Xinjiang: [
    'Shihezi', 'Wujiaqu', 'Alar', 'Tumxuk', 'Korla', 'Kashi', 'Aksu', 'Hotan', 'Yining', 'Kuytun', 'Horgos',
    'Alashankou', 'Changji', 'Fukang', 'Artux', 'Tacheng', 'Altay', 'Kuqa',
  ],
}

/** Every county-level city name in `countyLevelCitiesByProvince`. */
export const countyLevelCities: ReadonlySet<string> = new Set(
  Object.values(countyLevelCitiesByProvince).flat(),
)

/**
 * The 19 national-level new areas (国家级新区), name → provincial-level division; each is written
 * "… New Area" officially and "… New District" just as often, and both forms are listed.
 */
export const nationalNewAreas: ReadonlyMap<string, string> = new Map(
  (
    [
      ['Pudong', 'Shanghai'],
      ['Binhai', 'Tianjin'],
      ['Liangjiang', 'Chongqing'],
      ['Zhoushan Islands', 'Zhejiang'],
      ['Lanzhou', 'Gansu'],
      ['Nansha', 'Guangdong'],
      ['Xixian', 'Shaanxi'],
      ["Gui'an", 'Guizhou'],
      ["Xihai'an", 'Shandong'],
      ['West Coast', 'Shandong'],
      ['Jinpu', 'Liaoning'],
      ['Tianfu', 'Sichuan'],
      ['Xiangjiang', 'Hunan'],
      ['Jiangbei', 'Jiangsu'],
      ['Fuzhou', 'Fujian'],
      ['Dianzhong', 'Yunnan'],
      ['Harbin', 'Heilongjiang'],
      ['Changchun', 'Jilin'],
      ['Ganjiang', 'Jiangxi'],
      ["Xiong'an", 'Hebei'],
    ] as const
  ).flatMap(([name, where]) => [
    [`${name} New Area`, where],
    [`${name} New District`, where],
  ]),
)

/** Dalian's districts, county-level cities and county (the city the product's news comes from). */
// biome-ignore format: packed data
export const dalianDivisions: readonly string[] = [
  'Zhongshan District', 'Xigang District', 'Shahekou District', 'Ganjingzi District', 'Lüshunkou District',
  'Jinzhou District', 'Pulandian District', 'Wafangdian', 'Zhuanghe', 'Changhai County',
]

/**
 * Other spellings of the Chinese place names above → the spelling used here: apostrophe-less and "v"/"u"
 * forms of "ü", minority-language and pinyin doublets, and historical postal romanisations.
 */
// biome-ignore format: packed data
export const chinesePlaceSpellings: ReadonlyMap<string, string> = new Map([
  ['Xian', "Xi'an"], ['Huaian', "Huai'an"], ['Maanshan', "Ma'anshan"], ['Taian', "Tai'an"],
  ['Guangan', "Guang'an"], ['Yaan', "Ya'an"], ['Puer', "Pu'er"], ['Lvliang', 'Lüliang'],
  ['Luliang', 'Lüliang'], ['Lvshunkou', 'Lüshunkou'], ['Lushunkou', 'Lüshunkou'], ['Lüshun', 'Lushun'],
  ['Lvshun', 'Lushun'], ['Port Arthur', 'Lushun'], ['Huhhot', 'Hohhot'],
  ['Huhehaote', 'Hohhot'], ['Erdos', 'Ordos'], ["E'erduosi", 'Ordos'], ['Hulunbeier', 'Hulunbuir'],
  ['Bayannaoer', 'Bayannur'], ['Wulanchabu', 'Ulanqab'], ['Qiqihaer', 'Qiqihar'], ['Ürümqi', 'Urumqi'],
  ['Wulumuqi', 'Urumqi'], ['Kelamayi', 'Karamay'], ['Tulufan', 'Turpan'], ['Turfan', 'Turpan'],
  ['Xigaze', 'Shigatse'], ['Rikaze', 'Shigatse'], ['Qamdo', 'Chamdo'], ['Changdu', 'Chamdo'],
  ['Linzhi', 'Nyingchi'], ['Naqu', 'Nagqu'], ['Lhoka', 'Shannan'], ['Hetian', 'Hotan'], ['Khotan', 'Hotan'],
  ['Akesu', 'Aksu'], ['Aletai', 'Altay'], ["Xing'an", 'Hinggan'], ['Xilinguole', 'Xilingol'],
  ['Alashan', 'Alxa'], ['Ganzi', 'Garze'], ['Garzê', 'Garze'], ['Dêqên', 'Diqing'], ['Guoluo', 'Golog'],
  ['Yili', 'Ili'], ['Boertala', 'Bortala'], ['Bayinguoleng', 'Bayingolin'], ['Kezilesu', 'Kizilsu'],
  ['Daxinganling', "Daxing'anling"], ['Greater Khingan', "Daxing'anling"], ['Xiangfan', 'Xiangyang'],
  ['Simao', "Pu'er"], ['Macau', 'Macao'], ['Hongkong', 'Hong Kong'], ['Xizang', 'Tibet'],
  ['Nei Mongol', 'Inner Mongolia'], ['Peking', 'Beijing'], ['Tientsin', 'Tianjin'], ['Nanking', 'Nanjing'],
  ['Canton', 'Guangzhou'], ['Amoy', 'Xiamen'], ['Tsingtao', 'Qingdao'], ['Chungking', 'Chongqing'],
  ['Mukden', 'Shenyang'], ['Dairen', 'Dalian'],
])
