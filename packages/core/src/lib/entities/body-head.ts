/**
 * The shape of an organization's head as the head rules find it. Its own module, so that the rules for
 * heads of several kinds (`body-heads.ts`, `kind-heads.ts`, `body-compound-heads.ts`) share it without
 * importing each other.
 */

/** The head of a name found at a token. */
export interface Head {
  /** Index after the head's last token ("Co., Ltd." is three tokens). */
  readonly end: number
  /** The head as one string ("Co., Ltd.", "Group"). */
  readonly text: string
  /** Whether the head is a legal form, which ends the name. */
  readonly legal: boolean
  /** Whether the head names a body only after a distinctive name ("Electric"). */
  readonly weak: boolean
}
