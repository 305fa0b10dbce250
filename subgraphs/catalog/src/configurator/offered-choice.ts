/** A configurator as a client reads it from the graph (codes, shapes and metals as GraphQL names). */
export interface ConfiguratorView {
  settings: Array<{ code: string; stoneShapes: string[] }>;
  metals: string[];
  stones: Array<{ id: string; shape: string }>;
  ringSizes: string[];
  rules: Array<{ settingCode: string; metal: string | null; stoneShape: string | null }>;
}

/** The GraphQL selection that fills a ConfiguratorView. */
export const CONFIGURATOR_VIEW_SELECTION =
  '{ settings { code stoneShapes } metals stones { id shape } ringSizes rules { settingCode metal stoneShape } }';

/**
 * The first choice a configurator accepts, found the way a storefront would: a setting, a stone it
 * holds, a metal no rule excludes. For tests and the bench, which must not hard-code demo data.
 */
export function firstOfferedChoice(productId: string, configurator: ConfiguratorView) {
  for (const setting of configurator.settings) {
    const excluded = configurator.rules.filter((r) => r.settingCode === setting.code);
    const stone = configurator.stones.find((s) => setting.stoneShapes.includes(s.shape) && !excluded.some((r) => r.stoneShape === s.shape));
    const metal = configurator.metals.find((m) => !excluded.some((r) => r.metal === m));
    if (stone && metal) return { productId, settingCode: setting.code, metal, stoneId: stone.id, ringSize: configurator.ringSizes[0] };
  }
  throw new Error(`the configurator of ${productId} offers no valid choice`);
}
