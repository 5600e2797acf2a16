/**
 * The slide titles of the bundled briefing's deck, in order, written out as the briefing tells
 * it: what the deck, the slides on screen and the PowerPoint export must all show.
 */
export const BUNDLED_DECK_TITLES = [
  "China's Pilot Free Trade Zones in 2022",
  'Headline figures (1 of 2)',
  'Headline figures (2 of 2)',
  'Promote high-level opening up (1 of 2)',
  'Promote high-level opening up (2 of 2)',
  'Deepen reform and innovation',
  'Promote high-quality development',
  'Serve the major national strategies',
  '21 pilot free trade zones',
  "The pilot free trade zones' share of the national totals",
  'Year-on-year growth',
  'Foreign capital used in high-tech industries, within foreign capital actually used',
  'Pilot free trade zones by the year they were set up',
  'The work for 2023',
  'Source',
] as const;
