/**
 * The tabs of the entity browser (kept apart from the index, which needs the core, so the first frame
 * does not wait for it).
 */

/** The tabs of the entity browser. */
export type EntityTab = 'people' | 'organizations' | 'places' | 'money' | 'dates' | 'quotes' | 'speech'

/** The tabs in order, with their names. */
export const entityTabs: readonly { readonly id: EntityTab; readonly label: string }[] = [
  { id: 'people', label: 'People' },
  { id: 'organizations', label: 'Organizations' },
  { id: 'places', label: 'Places' },
  { id: 'money', label: 'Money' },
  { id: 'dates', label: 'Dates' },
  { id: 'quotes', label: 'Quoted terms' },
  { id: 'speech', label: 'Speech' },
]
