import type { SiteSettingsSpec } from './types';

export const SITE_SETTINGS_SPEC: SiteSettingsSpec = {
  title: 'ELYSIUM',
  tagline: 'Fine jewellery, made by hand in Hatton Garden',
  announcement: 'Complimentary insured delivery across the UK, and free resizing in the first year.',
  contactEmail: 'clientservices@elysium.example',
  contactPhone: '+44 20 7946 0100',
  address: 'ELYSIUM Atelier\n3rd Floor, 27 Hatton Garden\nLondon EC1N 8BN\nUnited Kingdom',
  seoDefaults: {
    title: 'ELYSIUM | Fine Jewellery from Hatton Garden, London',
    description:
      'Engagement rings, wedding bands and fine jewellery in platinum and 18k gold, with certified diamonds and gemstones, made in our Hatton Garden atelier.',
  },
};
