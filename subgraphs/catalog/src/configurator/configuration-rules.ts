import { FieldError, vatOn } from '@elysium/subgraph-kit';
import { stonePrice } from '../stone/stone-pricing';
import type { StoneRow } from '../stone/stone.model';
import type { ConfiguratorRow } from './configurator.rows';
import type { PriceList } from './price-list';

/** What the client chose. */
export interface ConfigurationChoice {
  settingCode: string;
  metal: string;
  stoneId: string;
  ringSize: string;
  engraving: string | null;
}

export type SettingRow = ConfiguratorRow['settings'][number];

export type ConfigurationCheck =
  | { kind: 'valid'; setting: SettingRow; stone: StoneRow }
  | { kind: 'invalid'; fieldErrors: FieldError[] }
  | { kind: 'incompatible'; message: string; fields: string[] };

/**
 * Checks a choice against the configurator: each option must be on offer (all bad fields reported at
 * once), then the combination must be one the atelier makes (stone shape fits the setting, no rule
 * excludes it).
 */
export function checkConfiguration(configurator: ConfiguratorRow, choice: ConfigurationChoice): ConfigurationCheck {
  const errors: FieldError[] = [];
  const setting = configurator.settings.find((s) => s.code === choice.settingCode);
  if (!setting) errors.push(new FieldError('input.settingCode', `Choose one of: ${configurator.settings.map((s) => s.code).join(', ')}.`));
  if (!configurator.metals.includes(choice.metal))
    errors.push(new FieldError('input.metal', `Choose one of: ${configurator.metals.join(', ')}.`));
  const stone = configurator.stones.find((s) => s.id === choice.stoneId);
  if (!stone) errors.push(new FieldError('input.stoneId', 'That stone is not offered for this piece.'));
  if (!configurator.ringSizes.includes(choice.ringSize)) {
    errors.push(new FieldError('input.ringSize', `UK ring sizes offered: ${configurator.ringSizes.join(', ')}.`));
  }
  if (choice.engraving) {
    const rules = configurator.engraving;
    if (!rules || rules.maxLength === 0) {
      errors.push(new FieldError('input.engraving', 'This piece cannot be engraved.'));
    } else {
      if ([...choice.engraving].length > rules.maxLength)
        errors.push(new FieldError('input.engraving', `At most ${rules.maxLength} characters.`));
      if (!engravable(choice.engraving, rules.allowedCharacters)) {
        errors.push(new FieldError('input.engraving', `Only these characters can be engraved: ${rules.allowedCharacters}`));
      }
    }
  }
  if (errors.length > 0 || !setting || !stone) return { kind: 'invalid', fieldErrors: errors };

  if (!setting.stoneShapes.includes(stone.shape)) {
    return {
      kind: 'incompatible',
      message: `The ${setting.name} setting does not hold a ${stone.shape} stone.`,
      fields: ['input.settingCode', 'input.stoneId'],
    };
  }
  for (const rule of configurator.rules.filter((r) => r.setting === setting.code)) {
    if (rule.metal && rule.metal === choice.metal)
      return { kind: 'incompatible', message: rule.message, fields: ['input.settingCode', 'input.metal'] };
    if (rule.stoneShape && rule.stoneShape === stone.shape)
      return { kind: 'incompatible', message: rule.message, fields: ['input.settingCode', 'input.stoneId'] };
  }
  return { kind: 'valid', setting, stone };
}

/** Every part of a bespoke price in pence. Parts are VAT excluded; `vat` is added on top. */
export interface Breakdown {
  metalGrams: number;
  metal: number;
  stone: number;
  labour: number;
  engraving: number;
  net: number;
  vat: number;
  total: number;
}

/** Prices a valid choice from the price list; null when the list cannot price the metal or the stone. */
export function priceBreakdown(
  configurator: ConfiguratorRow,
  setting: SettingRow,
  stone: StoneRow,
  choice: ConfigurationChoice,
  priceList: PriceList,
): Breakdown | null {
  const perGram = priceList.metals.find((m) => m.metal === choice.metal)?.pricePerGram.amount;
  const stoneCost = stonePrice(stone, priceList);
  if (perGram === undefined || stoneCost === null) return null;
  const metal = Math.round(setting.metalGrams * perGram);
  const engraving = choice.engraving ? (configurator.engraving?.price.amount ?? 0) : 0;
  const net = metal + stoneCost + setting.labour.amount + engraving;
  const vat = vatOn(net);
  return { metalGrams: setting.metalGrams, metal, stone: stoneCost, labour: setting.labour.amount, engraving, net, vat, total: net + vat };
}

/** The editor's character class, applied safely: a class that does not compile allows nothing. */
function engravable(text: string, allowedCharacters: string): boolean {
  try {
    return new RegExp(`^[${allowedCharacters}]*$`, 'u').test(text);
  } catch {
    return false;
  }
}
