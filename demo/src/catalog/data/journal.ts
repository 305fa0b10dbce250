import { inline, type ArticleSpec } from './types';

/** Journal posts: the atelier, its people and its sourcing. */
export const JOURNAL: ArticleSpec[] = [
  {
    id: 'article-journal-inside-the-atelier',
    kind: 'journal',
    title: 'Inside Our Hatton Garden Atelier',
    slug: 'inside-our-hatton-garden-atelier',
    excerpt:
      'Above the shopfronts of London’s jewellery quarter, eleven craftspeople make every ELYSIUM piece by hand. A walk through a day at the bench.',
    hero: { background: '#5a4a3c', alt: 'Jewellers at their benches under a skylight in the Hatton Garden atelier' },
    seoDescription:
      'A day in the ELYSIUM atelier in Hatton Garden, where eleven goldsmiths, setters, polishers and an engraver make every piece by hand.',
    body: [
      'Hatton Garden has been London’s jewellery quarter since the nineteenth century. Behind its shopfronts, up narrow stairs, are the workshops where most of the trade’s real work is done. Ours is on the third floor, under a long skylight that gives the north light every jeweller wants.',
      'Eleven people work here: five goldsmiths, three setters, two polishers and an engraver. Most trained through apprenticeships, and between them they have more than two hundred years at the bench.',
      { h2: 'From drawing to metal' },
      'Every piece begins as a drawing, then as a wax or a computer model that the client can see and hold before any metal is cast. The goldsmiths cast, saw, file and solder the metal into shape, and every setting is finished by hand so that it holds its stone exactly.',
      inline('atelier-goldsmith-bench', '#6b5646', 'A goldsmith filing the claws of a platinum setting held in a ring clamp'),
      { h2: 'Setting and finishing' },
      'Once a piece is made, the setters fit the stones under the microscope, raising and shaping each claw by hand. The polishers bring every surface, inside and out, to its finish, and the piece goes to the London Assay Office at Goldsmiths’ Hall to be tested and hallmarked before it comes back for a final inspection.',
      'Clients are welcome to visit by appointment. There is no better way to understand what you are buying than to watch it being made.',
    ],
  },
  {
    id: 'article-journal-master-setter',
    kind: 'journal',
    title: 'Meet the Setter: Thirty Years at the Bench',
    slug: 'meet-the-setter',
    excerpt:
      'Marek Nowak has set diamonds in Hatton Garden since 1995. He talks about claws, microscopes and the stone he will never forget.',
    hero: { background: '#3e3833', alt: 'A setter working under a microscope on a micro-pavé halo ring' },
    seoDescription:
      'Our master setter Marek Nowak on thirty years of setting diamonds in Hatton Garden, the tools of his trade and the stones he remembers.',
    body: [
      'Marek Nowak came to London from Kraków in 1993 and began an apprenticeship with a Hatton Garden setter two years later. He has been our head setter since the atelier opened.',
      '“Setting is the last step, and the most nervous,” he says. “The goldsmith has spent days on a ring and the client has chosen a stone that may be worth more than a car. My job is to make them one, without a mark on either.”',
      { h2: 'The tools' },
      'His bench holds hundreds of gravers, burrs and pushers, many of them shaped by his own hand. For pavé and micro-pavé work he sets under a stereo microscope at ten to twenty times magnification, raising tiny beads of metal over each stone. A halo of fifty diamonds can take him two full days.',
      { h2: 'Claws' },
      'For solitaires he still prefers claws to any other setting. “A claw has to hold the stone tight and still let the light in. Too thick and you hide the diamond. Too thin and one day it catches a jumper and you lose it.” Every claw he sets is checked again at the client’s annual clean.',
      '“The stone I will never forget? A five-carat cushion, about fifteen years ago. I did not sleep the night before. It went in perfectly, of course.”',
    ],
  },
  {
    id: 'article-journal-hand-engraver',
    kind: 'journal',
    title: 'The Engraver’s Hand: Cutting a Family Crest',
    slug: 'the-engravers-hand',
    excerpt:
      'Hand engraving is one of the rarest skills in the trade. Our engraver, Harriet Cole, on how a signet ring’s crest is cut, line by line.',
    hero: { background: '#7a6440', alt: 'An engraver cutting a crest into the face of a gold signet ring under a lamp' },
    seoDescription:
      'How a family crest is hand-engraved into a gold signet ring, and why our engraver Harriet Cole works only in gold for seal engraving.',
    body: [
      'Harriet Cole trained through a five-year apprenticeship supported by the Goldsmiths’ Company and has engraved for us for twelve years. Only a small number of people in Britain still engrave by hand for a living.',
      { h2: 'From drawing to metal' },
      'Every crest starts as a drawing, scaled to the face of the ring and simplified where a line would be too fine to cut. Harriet transfers it to the gold and cuts it with gravers she sharpens herself, pushing the steel through the metal in curls so fine they float.',
      'For a seal, the design is cut in reverse and deep enough to leave a crisp impression in wax. “You are cutting something you can only see properly in a mirror,” she says, “and there is no undo.” A seal-engraved crest can take four or five days.',
      { h2: 'Why gold' },
      'She engraves seals only in 18 carat gold. “Platinum is tougher and drags on the graver. You can engrave it, but you will never get the clean, bright cut that gold gives you.” It is why our signet configurator does not offer platinum for the engraved cushion signet.',
      'Initials and inscriptions inside rings are quicker, but she cuts them by hand too. “A machine engraves a line. A hand engraves a letter.”',
    ],
  },
  {
    id: 'article-journal-restoring-a-riviere',
    kind: 'journal',
    title: 'Restoring a Victorian Rivière',
    slug: 'restoring-a-victorian-riviere',
    excerpt: 'How our workshop spent four months bringing a nineteenth-century diamond necklace back to life, collet by collet.',
    hero: { background: '#1c1d24', alt: 'A Victorian diamond rivière necklace laid out on black velvet during restoration' },
    seoDescription:
      'How our Hatton Garden workshop restored a Victorian old-cut diamond rivière necklace over four months, collet by collet.',
    body: [
      'The necklace that became our Kensington Rivière came to us in a velvet box that had not been opened for decades. Sixty-one old-cut diamonds were there, but two collets were empty, several were cracked, and the whole necklace had stiffened so that it no longer lay flat.',
      { h2: 'Taking it apart' },
      'We photographed and numbered every collet before anything was touched, then took the necklace apart. Each stone was cleaned, weighed and examined. Old cuts have a small table, a tall crown and a large culet, and their flashes are broader and softer than a modern brilliant’s: made, it is often said, for candlelight.',
      { h2: 'Matching the missing stones' },
      'Finding two old-cut diamonds to match the originals took our buyer six weeks of visits to dealers in London and Antwerp. We would not recut modern stones to imitate them; the replacements are genuinely old, cut at about the same time as the rest.',
      { h2: 'Rebuilding' },
      'The cracked collets were rebuilt by hand, and every link was refitted so that the necklace moves freely again. The work took four months. It now lies as it did in the 1870s, and it comes with a written account of everything we did.',
    ],
  },
  {
    id: 'article-journal-the-polisher',
    kind: 'journal',
    title: 'The Last Finish: A Day with Our Polisher',
    slug: 'a-day-with-our-polisher',
    excerpt:
      'Polishing is the final step before a piece is hallmarked, and the one clients notice first. Dev Sharma explains what happens at the polishing motor.',
    hero: { background: '#4a4f55', alt: 'A polisher holding a gold bangle against a spinning polishing mop' },
    seoDescription:
      'What happens at the polishing motor: Dev Sharma on the final finish of every ELYSIUM piece before it is hallmarked and set.',
    body: [
      'Dev Sharma has polished jewellery in Hatton Garden for nineteen years. Every piece that leaves the atelier passes through his hands at least twice: once before the stones are set and once after.',
      { h2: 'Stages of polish' },
      'Polishing is a series of ever finer abrasions. Dev starts with emery papers and files to remove the marks of making, moves to mops of felt and calico charged with increasingly fine compounds, and finishes with a soft swansdown mop and rouge for the mirror shine. Inside a ring, where no mop will reach, he works with threads and tiny brushes.',
      { h2: 'Knowing when to stop' },
      '“The hardest thing is to stop,” he says. “Every pass removes a little metal. Polish too long and you soften the edges the goldsmith spent hours getting crisp.” On a knife-edge band he polishes with the line of the edge, never across it.',
      'He also refinishes clients’ pieces at their annual clean. “A wedding band after ten years tells you about someone’s life. I polish out the scratches, but I like that they were there.”',
    ],
  },
  {
    id: 'article-journal-responsible-sourcing',
    kind: 'journal',
    title: 'Where Our Stones and Metals Come From',
    slug: 'where-our-stones-come-from',
    excerpt: 'Kimberley Process diamonds, known mines, independent reports and recycled gold: how we trace what goes into every piece.',
    hero: { background: '#2f3b33', alt: 'A dealer’s parcel of loose diamonds open on a sorting table with a loupe and tweezers' },
    seoDescription:
      'How ELYSIUM sources diamonds, coloured gemstones, gold and platinum: known origins, independent reports, recycled metals and no Russian or Myanmar stones.',
    body: [
      'Every piece we make is only as good as what goes into it, and that includes where it came from. These are the rules our buyers follow.',
      { h2: 'Diamonds' },
      'All our natural diamonds are bought under the Kimberley Process and the World Diamond Council’s System of Warranties, from dealers we have known for years. We buy stones with a known country of origin, mostly from Botswana, Canada, Namibia and South Africa, and we do not buy diamonds of Russian origin.',
      { h2: 'Coloured stones' },
      'Coloured gemstones are harder to trace, because many pass through several hands between mine and market. We buy from a small number of dealers who can tell us where a stone was mined, and every important sapphire, ruby or emerald is sent to an independent laboratory for a report on its origin and treatment. We do not buy rubies or other gems from Myanmar.',
      { h2: 'Gold and platinum' },
      'The gold we cast is recycled, refined in the United Kingdom from existing jewellery and industrial scrap. Our platinum comes from a London refiner accredited by the London Platinum and Palladium Market. Our own offcuts and filings are swept up, collected and sent back to be refined.',
      'If you would like to know more about a particular stone, ask: we will tell you everything we know.',
    ],
  },
];
