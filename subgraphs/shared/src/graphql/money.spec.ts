import { Money, vatIncluded, vatOn, withVat } from './money';

describe('Money', () => {
  it('formats pence as pounds for UK clients', () => {
    expect(Money.gbp(3_000_000).formatted()).toBe('£30,000.00');
    expect(Money.gbp(145_050).formatted()).toBe('£1,450.50');
  });

  it('refuses floats and amounts beyond 32 bits', () => {
    expect(() => Money.gbp(10.5)).toThrow(RangeError);
    expect(() => Money.gbp(2 ** 31)).toThrow(RangeError);
    expect(() => Money.of(100, 'XYZ')).toThrow(RangeError);
  });

  it('finds the VAT inside a VAT-inclusive price (20%)', () => {
    expect(vatIncluded(1_200_000)).toBe(200_000);
    expect(vatIncluded(1_450_000)).toBe(241_667);
    expect(vatIncluded(0)).toBe(0);
  });

  it('adds VAT on top of a VAT-exclusive amount, and finds it again inside the gross', () => {
    expect(vatOn(1_000_000)).toBe(200_000);
    expect(withVat(9_500)).toBe(11_400);
    for (const net of [1, 999, 123_457, 4_800_000]) expect(vatIncluded(withVat(net))).toBe(vatOn(net));
  });
});
