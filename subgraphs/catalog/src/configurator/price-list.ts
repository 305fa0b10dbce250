/** The staff-editable price source (Sanity document `priceList`), as GROQ returns it. */
export interface PriceList {
  metals: Array<{ metal: string; pricePerGram: { amount: number; currency: string } }>;
  diamondPerCarat: { amount: number; currency: string };
  labGrownFactor: number;
  gemstonesPerCarat: Array<{ kind: string; pricePerCarat: { amount: number; currency: string } }>;
  validUntil: string;
  quoteValidityMinutes: number;
}

export const PRICE_LIST_QUERY = `*[_id == "priceList"][0]{
  "metals": coalesce(metals[]{ metal, pricePerGram }, []),
  diamondPerCarat,
  labGrownFactor,
  "gemstonesPerCarat": coalesce(gemstonesPerCarat[]{ kind, pricePerCarat }, []),
  validUntil,
  quoteValidityMinutes
}`;
