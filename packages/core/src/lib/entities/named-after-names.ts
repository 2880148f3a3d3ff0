/**
 * The nouns a shop, a street, a trade, an event or a grant is named by after a person's given name, which
 * make the words before them part of that body's or place's name rather than a person.
 */
import { industryWords } from '../data/organisations.js'
import type { Tok } from './tokens.js'
import { capitalised } from './word-classes.js'

/**
 * Nouns a shop, a street, a trade, an event or a grant is named by after a given name ("Kemal Textiles",
 * "Anna Street", "Maria Restaurant", "the Somchai Cup", "the "Hanae Scholarship"", "Intan Resort"): no
 * family name, and no name ends before one ("Dewi Sri Foods" is a company, "Kemal Ozturk Avenue" a street).
 * Not those that are surnames as well ("Power", "Steel", "Day", "Garden").
 */
// biome-ignore format: packed data
export const namedAfterGivenName: ReadonlySet<string> = new Set([
  ...[...industryWords].filter((word) => word !== 'Power' && word !== 'Steel'),
  'Textile', 'Food', 'Chemical', 'Material', 'Cable', 'Metal', 'Garment', 'Trading', 'Traders', 'Trade',
  'Exports', 'Imports', 'Fishery', 'Fisheries', 'Aquatic', 'Aquatics', 'Beverage', 'Beverages', 'Drinks',
  'Dairy', 'Brewery', 'Winery', 'Bakery', 'Agro', 'Farm', 'Farms', 'Plastics', 'Ceramics', 'Cosmetics',
  'Jewellery', 'Jewelry', 'Furniture', 'Fashion', 'Garments', 'Apparel', 'Hardware', 'Packaging', 'Printing',
  'Land', 'Lands', 'Properties', 'Property', 'Realty', 'Estate', 'Estates', 'Resort', 'Resorts', 'Hotel',
  'Hotels', 'Inn', 'Villa', 'Villas', 'Apartments', 'Tours', 'Travel', 'Restaurant', 'Restaurants', 'Shop',
  'Shops', 'Store', 'Stores', 'Mart', 'Supermarket', 'Cafe', 'Café', 'Salon', 'Boutique', 'Teahouse', 'Pub',
  'Clinic', 'Pharmacy', 'Street', 'Road', 'Avenue', 'Lane', 'Alley', 'Boulevard', 'Square', 'Plaza', 'Mall',
  'Nagar', 'Marg', 'Cup', 'Trophy', 'Prize', 'Award', 'Awards', 'Festival', 'Fair', 'Expo', 'Exhibition',
  'Games', 'Summit', 'Conference', 'Forum', 'Marathon', 'Regatta', 'Scholarship', 'Scholarships', 'Fund',
  'Fellowship', 'Fellowships', 'Bursary', 'Medal', 'Medals', 'Programme', 'Program', 'Tournament',
  // the short trade words of Central Asian, Russian and Turkish firm names ("Nurlan Invest", "Saule Trans")
  'Invest', 'Trans', 'Tech', 'Export', 'Import', 'Transport', 'Cargo', 'Express', 'Construction', 'Mining',
  'Tower', 'Towers',
])

/** Whether `tok` is such a noun, spaced and capitalised ("Anna Street"). */
export function namedAfter(tok: Tok | undefined): boolean {
  return (
    tok?.kind === 'word' && tok.spaced && (tok.flags & capitalised) !== 0 && namedAfterGivenName.has(tok.base)
  )
}
