import { inline, type PageSpec } from './types';

export const PAGE_SPECS: PageSpec[] = [
  {
    id: 'page-about',
    title: 'About ELYSIUM',
    slug: 'about',
    seoDescription:
      'ELYSIUM is a London fine jeweller with its own atelier in Hatton Garden, making engagement rings and fine jewellery by hand since 2009.',
    body: [
      'ELYSIUM is a fine jeweller with its own atelier in Hatton Garden, London’s jewellery quarter. We design and make engagement rings, wedding bands and fine jewellery in platinum and 18 carat gold, set with certified diamonds and coloured gemstones.',
      'We opened our first workshop in 2009 with two benches and a single client room. Today eleven goldsmiths, setters, polishers and an engraver work under the same roof, and every piece we sell is made, finished and checked there.',
      inline('about-atelier-skylight', '#6e5c4b', 'The ELYSIUM atelier, with jewellers at their benches beneath a long skylight'),
      { h2: 'What we believe' },
      'We believe fine jewellery should be made to last for generations, and that you should know exactly what you are buying. That is why every important stone comes with an independent report, every piece is hallmarked at the London Assay Office, and we describe every treatment and every laboratory-grown diamond plainly.',
      'Our client advisers are gemmologists, not salespeople. Book an appointment at the atelier and they will show you stones side by side, explain the differences that matter and let you take all the time you need.',
    ],
  },
  {
    id: 'page-bespoke',
    title: 'Bespoke',
    slug: 'bespoke',
    seoDescription:
      'Commission a bespoke engagement ring or jewel from our Hatton Garden atelier: consultation, design, stone selection and making, step by step.',
    body: [
      'Many of the pieces we make are designed for one person. A bespoke commission can be as simple as a favourite ring in a different stone, or a jewel drawn from nothing around a stone you already own.',
      { h2: 'Consultation' },
      'We begin with a conversation at the atelier or by video call, about the person, the occasion, the budget and the way the piece will be worn. There is no charge and no obligation.',
      { h2: 'Design and stones' },
      'Our designer draws your piece by hand and then as a detailed computer model, so you can see it from every angle. At the same time we source stones to show you, each with its report. Before we begin making, we send you a resin model to try on.',
      { h2: 'Making' },
      'Once you approve the design we ask for a deposit of half the price, and the piece goes to the bench. Most commissions take six to ten weeks, depending on the design and the stones. We invite you to the atelier to see it before it is set, and to collect it when it is finished.',
      { h2: 'Online configurators' },
      'For engagement rings, diamond-set wedding bands and stone-set signets, you can also design and price your own piece online in our configurators, choosing the setting, metal, centre stone, size and engraving. Every online quote holds its price for thirty minutes.',
    ],
  },
  {
    id: 'page-delivery-and-returns',
    title: 'Delivery and Returns',
    slug: 'delivery-and-returns',
    seoDescription:
      'Complimentary insured delivery across the UK, collection from our Hatton Garden atelier, and 30-day returns on unworn pieces.',
    body: [
      { h2: 'Delivery in the United Kingdom' },
      'Delivery within the UK is complimentary. Every order travels fully insured by secure courier, in plain packaging, and must be signed for by the named recipient. Pieces in stock are dispatched within two working days; made-to-order pieces are dispatched when they are finished, and we will tell you the date when you order.',
      { h2: 'Collection from the atelier' },
      'You are welcome to collect your order from our Hatton Garden atelier by appointment. Please bring photographic identification and your order confirmation.',
      { h2: 'International delivery' },
      'We deliver to most countries by insured courier. Import duties and local taxes are charged by the destination country and are payable by the recipient; UK VAT is removed from the price of exports where the law allows.',
      { h2: 'Returns' },
      'If you change your mind, you may return an unworn piece within 30 days of delivery for a full refund. Please return it in its original packaging with its certificates and any grading reports, using the insured returns service we arrange for you. We refund within 14 days of receiving it.',
      'Bespoke pieces, engraved pieces and pieces made or resized to your order cannot be returned unless they are faulty. None of this affects your statutory rights.',
    ],
  },
  {
    id: 'page-care-and-repairs',
    title: 'Care and Repairs',
    slug: 'care-and-repairs',
    seoDescription:
      'Complimentary annual cleaning and claw checks, white gold replating, pearl restringing, resizing and repairs at our Hatton Garden atelier.',
    body: [
      'Every ELYSIUM piece is made to be worn for a lifetime, and we look after it for that lifetime.',
      { h2: 'Annual clean and check' },
      'Once a year, bring your ELYSIUM jewellery to the atelier for a complimentary clean and inspection. We check every claw, setting and clasp under magnification, polish the metal, replate white gold with rhodium and restring pearls, usually while you wait or within a week.',
      { h2: 'Resizing' },
      'We resize our rings free of charge within the first year and at a fixed price after that. Most rings can be made one or two sizes larger or smaller; full eternity rings cannot be resized.',
      { h2: 'Repairs' },
      'We guarantee our workmanship for life: if a fault is ours, we will put it right free of charge. For accidental damage, we will examine the piece and give you a written quotation before any work begins. We also repair and restore jewellery made by others, including antique pieces.',
      'To book, call client services or email us with a photograph of the piece.',
    ],
  },
  {
    id: 'page-certification-and-hallmarking',
    title: 'Certification and Hallmarking',
    slug: 'certification-and-hallmarking',
    seoDescription:
      'Every ELYSIUM piece is hallmarked at the London Assay Office, and every important stone comes with a GIA, IGI, HRD, GRS, SSEF or Gübelin report.',
    body: [
      'Two independent checks stand behind every piece we sell: a hallmark for the metal, and a laboratory report for every important stone.',
      { h2: 'Hallmarking' },
      'Under the Hallmarking Act 1973, precious metal jewellery sold in the United Kingdom must be tested and hallmarked by an independent assay office. Ours is the London Assay Office at Goldsmiths’ Hall. Each hallmark shows our sponsor’s mark, the fineness, 950 for platinum and 750 for 18 carat gold, and the leopard’s head of London.',
      { h2: 'Grading reports' },
      'Our natural diamonds of 0.30 ct and above are graded by GIA or HRD, and our laboratory-grown diamonds by IGI. Important sapphires, rubies and emeralds are examined by GRS, SSEF or Gübelin, whose reports state origin and any treatment. You can check any report number on the laboratory’s own website.',
    ],
  },
];
