/**
 * Dalian's places below its districts: sub-districts and towns, port areas, islands and functional areas, in
 * the pinyin forms the city's English news writes them in ("Jinshitan", "Dayaowan", "Heshangdao").
 *
 * Source: compiled by hand after the Dalian Municipal People's Government's list of towns and sub-districts
 * (街道, 镇) and the port areas of Dalian Port (大窑湾, 和尚岛, 鲇鱼湾 …), as of 2024; not complete. The
 * product reads Dalian municipal news, as for `dalianDivisions` in `chinese-places.ts`. Names that are also
 * English words, Chinese given names or surnames ("Tieshan", "Changshan", "Haiyang", "Zhangzi", "Anbo") are
 * left out: written with a suffix ("Zhangzi Island", "Tieshan Street") the suffix rules find them.
 */

/**
 * Dalian's sub-districts (街道), whose English name is also written with "Street" ("Chengzitan Street"), and
 * towns, one word of pinyin each.
 */
// biome-ignore format: packed data
export const dalianSubdistricts: readonly string[] = [
  // Zhongshan, Xigang, Shahekou
  'Laohutan', 'Qingniwaqiao', 'Xianglujiao', 'Heishijiao',
  // Ganjingzi
  'Zhoushuizi', 'Nanguanling', 'Gezhenpu', 'Yingchengzi', 'Xinzhaizi', 'Dalianwan', 'Paoya',
  // Lüshunkou
  'Shuishiying', 'Sanjianpu', 'Longwangtang', 'Shuangdaowan',
  // Jinzhou, Jinpu
  'Dalijia', 'Sanshilipu', 'Liangjiadian', 'Dengshahe', 'Ershilipu', 'Jinshitan', 'Xiaoyaowan',
  // Pulandian, Wafangdian, Zhuanghe
  'Chengzitan', 'Pikou', 'Fuzhoucheng', 'Delisi', 'Wanjialing', 'Laohutun', 'Qingduizi', 'Huayuankou',
]

/** Dalian's port areas, islands and other named areas that are no sub-district of that name. */
// biome-ignore format: packed data
export const dalianAreas: readonly string[] = [
  'Dayaowan', 'Heshangdao', 'Songmudao', 'Dagushan', 'Taipingwan', 'Changxingdao', 'Xizhongdao', 'Bangchuidao',
  'Fujiazhuang', 'Xinghaiwan', 'Dachangshan', 'Xiaochangshan', 'Sanshandao',
  // Mountains and scenic areas news names alone ("birds stop over at Laotieshan"): 老铁山, 大黑山, 冰峪沟.
  'Laotieshan', 'Daheishan', 'Bingyugou',
  // The old town and naval port at the tip of the peninsula (旅顺, Port Arthur): news names it apart from
  // the district that took its name, Lüshunkou ("the Lushun old town", "Lushun harbour").
  'Lushun',
]
