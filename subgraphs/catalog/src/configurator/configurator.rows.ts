import { STONE_PROJECTION, type StoneRow } from '../stone/stone.model';

interface MoneyRow {
  amount: number;
  currency: string;
}

/** A configurator document as GROQ returns it (CONFIGURATOR_PROJECTION). */
export interface ConfiguratorRow {
  id: string;
  title: string;
  settings: Array<{ code: string; name: string; labour: MoneyRow; metalGrams: number; stoneShapes: string[] }>;
  metals: string[];
  stones: StoneRow[];
  ringSizes: string[];
  engraving: { maxLength: number; allowedCharacters: string; price: MoneyRow } | null;
  rules: Array<{ setting: string; metal: string | null; stoneShape: string | null; message: string }>;
}

export const CONFIGURATOR_PROJECTION = `{
  "id": _id,
  title,
  "settings": coalesce(settings[]{ code, name, labour, metalGrams, "stoneShapes": coalesce(stoneShapes, []) }, []),
  "metals": coalesce(metals, []),
  "stones": coalesce(stones[]->${STONE_PROJECTION}, []),
  "ringSizes": coalesce(ringSizes, []),
  "engraving": coalesce(engraving{ maxLength, allowedCharacters, price }, null),
  "rules": coalesce(rules[]{ setting, "metal": coalesce(metal, null), "stoneShape": coalesce(stoneShape, null), message }, [])
}`;
