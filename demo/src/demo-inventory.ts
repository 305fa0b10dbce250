import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_STOCK } from './demo-stock';

/** Counted stock of one SKU at one location. */
export interface DemoCount {
  productId: string;
  sku: string;
  locationId: string;
  onHand: number;
  lowStockThreshold: number | null;
}

/** One serialised unit: a one-of-one piece, or a loose certified stone. */
export interface DemoUnit {
  serialNumber: string;
  productId: string | null;
  stoneId: string | null;
  certificateLab: string | null;
  certificateNumber: string | null;
  locationId: string;
}

export interface DemoInventory {
  counts: DemoCount[];
  units: DemoUnit[];
  /** Grams of metal in the atelier, by alloy (the catalog's Metal names). */
  metalGrams: Record<string, number>;
}

interface CatalogDoc {
  _id: string;
  _type: string;
  metal?: string;
  variants?: Array<{ sku: string; metal: string }>;
  stones?: Array<{ _ref: string }>;
  lab?: string;
  certificateNumber?: string;
}

/**
 * The demo stock, derived from the same catalogue the content lake serves so every SKU and
 * certificate matches: DEMO_STOCK's single pieces become serialised one-of-one units (the showroom
 * holds the first), larger counts are spread over the piece's variants in its own metal (the
 * vault, one of the first in the showroom), and every certified stone not already set in a piece
 * is a loose unit in the vault, every fifth on supplier consignment.
 */
export function demoInventory(): DemoInventory {
  const docs = readFileSync(path.join(__dirname, '..', 'catalog.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CatalogDoc);
  const products = new Map(docs.filter((d) => d._type === 'product').map((d) => [d._id, d]));
  const counts: DemoCount[] = [];
  const units: DemoUnit[] = [];
  const setStones = new Set<string>();
  let pieceSerial = 0;
  for (const [productId, onHand] of Object.entries(DEMO_STOCK)) {
    const product = products.get(productId);
    if (!product) throw new Error(`demo stock names ${productId}, which is not in the catalogue`);
    if (onHand === 1) {
      for (const stone of product.stones ?? []) setStones.add(stone._ref);
      units.push({
        serialNumber: `ELY-P-${String(++pieceSerial).padStart(4, '0')}`,
        productId,
        stoneId: null,
        certificateLab: null,
        certificateNumber: null,
        locationId: pieceSerial === 1 ? 'showroom' : 'vault',
      });
      continue;
    }
    const own = (product.variants ?? []).filter((v) => v.metal === product.metal).slice(0, onHand);
    own.forEach((variant, i) => {
      const share = Math.floor(onHand / own.length) + (i < onHand % own.length ? 1 : 0);
      const inShowroom = i === 0 && share > 1 ? 1 : 0;
      counts.push({ productId, sku: variant.sku, locationId: 'vault', onHand: share - inShowroom, lowStockThreshold: i === 0 ? 1 : null });
      if (inShowroom) counts.push({ productId, sku: variant.sku, locationId: 'showroom', onHand: inShowroom, lowStockThreshold: null });
    });
  }
  const loose = docs.filter((d) => d._type === 'stone' && !setStones.has(d._id));
  loose.forEach((stone, i) =>
    units.push({
      serialNumber: `ELY-S-${String(i + 1).padStart(4, '0')}`,
      productId: null,
      stoneId: stone._id,
      certificateLab: stone.lab ?? null,
      certificateNumber: stone.certificateNumber ?? null,
      locationId: i % 5 === 4 ? 'consignment' : 'vault',
    }),
  );
  return { counts, units, metalGrams: { PLATINUM: 1250, YELLOW_GOLD_18K: 2400, WHITE_GOLD_18K: 1800, ROSE_GOLD_18K: 900 } };
}
