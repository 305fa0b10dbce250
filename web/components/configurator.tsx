'use client';

import { FormError } from './form-error';
import { useEffect, useState, useTransition } from 'react';
import { addDesignToBag, priceDesign, type DesignQuote } from '@/app/configurator-actions';
import type { Metal } from '@/gql/graphql';
import { metalName } from '@/lib/metals';

export interface ConfiguratorData {
  productId: string;
  settings: Array<{ code: string; name: string; stoneShapes: string[] }>;
  metals: Metal[];
  stones: Array<{ id: string; title: string; shape: string; carat: number }>;
  ringSizes: string[];
  engraving: { maxLength: number; price: { formatted: string } } | null;
  rules: Array<{ settingCode: string; metal?: Metal | null; stoneShape?: string | null; message: string }>;
}

/**
 * The bespoke ring: setting, metal, centre stone, size and engraving. Every change is priced by the
 * server (the catalog's priceConfiguration); the page never computes a price.
 */
export function Configurator({ data }: { data: ConfiguratorData }) {
  const [settingCode, setSetting] = useState(data.settings[0]?.code ?? '');
  const [metal, setMetal] = useState<Metal>(data.metals[0]);
  const setting = data.settings.find((s) => s.code === settingCode);
  const stones = data.stones.filter((s) => setting?.stoneShapes.includes(s.shape));
  const [stoneId, setStone] = useState(stones[0]?.id ?? '');
  const [ringSize, setSize] = useState(data.ringSizes[0] ?? '');
  const [engraving, setEngraving] = useState('');
  const [quote, setQuote] = useState<DesignQuote>({});
  const [pending, start] = useTransition();

  const stone = stones.some((s) => s.id === stoneId) ? stoneId : (stones[0]?.id ?? '');
  useEffect(() => {
    if (!settingCode || !stone) return;
    let current = true;
    const timer = setTimeout(() => {
      start(async () => {
        const answer = await priceDesign({
          productId: data.productId,
          settingCode,
          metal,
          stoneId: stone,
          ringSize,
          engraving: engraving || null,
        });
        if (current) setQuote(answer);
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [data.productId, settingCode, metal, stone, ringSize, engraving]);

  return (
    <section aria-labelledby="configure">
      <h2 id="configure">Make it yours</h2>
      <form className="fields" aria-label="Configure your ring" onSubmit={(e) => e.preventDefault()}>
        <label>
          Setting
          <select name="setting" value={settingCode} onChange={(e) => setSetting(e.target.value)}>
            {data.settings.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Metal
          <select name="metal" value={metal} onChange={(e) => setMetal(e.target.value as Metal)}>
            {data.metals.map((m) => (
              <option key={m} value={m}>
                {metalName(m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Centre stone
          <select name="stone" value={stone} onChange={(e) => setStone(e.target.value)}>
            {stones.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} · {s.carat.toFixed(2)} ct
              </option>
            ))}
          </select>
        </label>
        <label>
          Ring size
          <select name="ringSize" value={ringSize} onChange={(e) => setSize(e.target.value)}>
            {data.ringSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        {data.engraving && (
          <label>
            Engraving (optional, up to {data.engraving.maxLength} characters, {data.engraving.price.formatted})
            <input name="engraving" value={engraving} maxLength={data.engraving.maxLength} onChange={(e) => setEngraving(e.target.value)} />
          </label>
        )}
        <p aria-live="polite" className="price">
          {pending ? 'Pricing…' : quote.total ? `Your ring: ${quote.total}, including VAT of ${quote.vat}` : ''}
        </p>
        <FormError message={quote.error} />
        <button
          type="button"
          disabled={!quote.token || pending}
          onClick={() => quote.token && start(async () => setQuote({ ...quote, ...(await addDesignToBag(quote.token!)) }))}
        >
          Add this design to the bag
        </button>
      </form>
    </section>
  );
}
