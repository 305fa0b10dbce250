import { METALS } from '@elysium/content-model';
import type { ConfiguratorSpec, Metal, PriceListSpec } from './data';
import { keyedRef, money, pounds, type Doc } from './sanity';

export function priceListDocument(spec: PriceListSpec): Doc {
  return {
    _id: 'priceList',
    _type: 'priceList',
    // In the content model's order of metals, whatever order the spec lists them in.
    metals: (Object.keys(METALS) as Metal[]).map((metal) => ({
      _type: 'metalPrice',
      _key: metal,
      metal,
      pricePerGram: money(spec.metalPerGram[metal]),
    })),
    diamondPerCarat: money(spec.diamondPerCarat),
    labGrownFactor: spec.labGrownFactor,
    gemstonesPerCarat: spec.gemstonesPerCarat.map(({ kind, pricePerCarat }) => ({
      _type: 'gemstonePrice',
      _key: kind,
      kind,
      pricePerCarat: money(pricePerCarat),
    })),
    validUntil: spec.validUntil,
    quoteValidityMinutes: spec.quoteValidityMinutes,
  };
}

export function configuratorDocument(spec: ConfiguratorSpec): Doc {
  return {
    _id: spec.id,
    _type: 'configurator',
    title: spec.title,
    settings: spec.settings.map((s) => ({
      _type: 'configuratorSetting',
      _key: s.code.toLowerCase(),
      code: s.code,
      name: s.name,
      labour: money(pounds(s.labour)),
      metalGrams: s.metalGrams,
      stoneShapes: s.stoneShapes,
    })),
    metals: spec.metals,
    stones: spec.stones.map((id) => keyedRef(id)),
    ringSizes: [...spec.ringSizes],
    engraving: {
      _type: 'engravingRules',
      maxLength: spec.engraving.maxLength,
      allowedCharacters: spec.engraving.allowedCharacters,
      price: money(pounds(spec.engraving.price)),
    },
    rules: spec.rules.map((r, index) => ({
      _type: 'configuratorRule',
      _key: `rule-${index + 1}`,
      setting: r.setting,
      metal: r.metal,
      stoneShape: r.stoneShape,
      message: r.message,
    })),
  };
}
