/** The countries the house delivers to, as the storefront offers them (the graph checks every address). */
const DELIVERY_COUNTRIES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'GB', name: 'United Kingdom' },
  { code: 'FR', name: 'France' },
  { code: 'US', name: 'United States' },
  { code: 'CH', name: 'Switzerland' },
];

/** An address's country, labelled, the United Kingdom unless another was chosen. */
export function CountrySelect({ value }: { value?: string }) {
  return (
    <label>
      Country
      <select name="countryCode" defaultValue={value ?? 'GB'} autoComplete="country">
        {DELIVERY_COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
