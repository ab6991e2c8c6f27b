import { VAT_REDUCED_PPM, type WeighedProduct } from './demo-categories';

/*
 * Produce, meat and bulk grain weighed at the till, priced per kg in fen (typical Chinese
 * supermarket prices; shoppers think in 斤 = 0.5 kg, so ¥11.90/kg is ¥5.95/斤). They are taxed at
 * the category's rate (9%) and get PLUs 00001… in this order, so keep new entries at the end.
 */
const w = (category: WeighedProduct['category'], name: string, pricePerKg: number): WeighedProduct => ({
  category,
  name,
  pricePerKg,
});

/** Every weighed product of the demo store. */
export const WEIGHED_PRODUCTS: readonly WeighedProduct[] = [
  w('SG', '苹果 红富士', 1190),
  w('SG', '香蕉', 690),
  w('SG', '橙子 赣南脐橙', 990),
  w('SG', '砂糖橘', 890),
  w('SG', '梨 皇冠梨', 790),
  w('SG', '葡萄 巨峰', 1590),
  w('SG', '西瓜 麒麟瓜', 390),
  w('SG', '哈密瓜', 690),
  w('SG', '火龙果 红心', 1590),
  w('SG', '猕猴桃 徐香', 1390),
  w('SG', '芒果 台农', 1190),
  w('SG', '柠檬', 1290),
  w('SG', '菠萝', 690),
  w('SG', '草莓', 3990),
  w('SG', '水蜜桃', 1390),
  w('SG', '车厘子 J级', 7990),
  w('SG', '苹果 蛇果', 1590),
  w('SC', '西红柿', 690),
  w('SC', '黄瓜', 590),
  w('SC', '土豆', 390),
  w('SC', '胡萝卜', 390),
  w('SC', '大白菜', 250),
  w('SC', '洋葱', 390),
  w('SC', '青椒', 690),
  w('SC', '茄子', 590),
  w('SC', '西兰花', 990),
  w('SC', '菠菜', 790),
  w('SC', '生菜', 690),
  w('SC', '芹菜', 590),
  w('SC', '大葱', 590),
  w('SC', '生姜', 1390),
  w('SC', '大蒜', 1190),
  w('SC', '冬瓜', 290),
  w('SC', '南瓜', 390),
  w('SC', '铁棍山药', 1590),
  w('SC', '莲藕', 990),
  w('SC', '鲜香菇', 1590),
  w('RQ', '猪肉 五花肉', 3590),
  w('RQ', '猪肉 前腿肉', 2990),
  w('RQ', '猪肉 里脊', 3390),
  w('RQ', '猪肋排', 4590),
  w('RQ', '牛腱子', 8990),
  w('RQ', '羊腿肉', 7990),
  w('RQ', '鸡蛋 (散装)', 1190),
  w('RQ', '鸡翅中', 4590),
  w('RQ', '鸡腿', 2390),
  w('RQ', '草鱼', 1990),
  w('RQ', '基围虾', 7990),
  { category: 'LY', name: '东北大米 (散装)', pricePerKg: 590, taxRatePpm: VAT_REDUCED_PPM },
  { category: 'LY', name: '小米 (散装)', pricePerKg: 1190, taxRatePpm: VAT_REDUCED_PPM },
];
