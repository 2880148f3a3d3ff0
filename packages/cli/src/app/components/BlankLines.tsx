import { Text } from 'ink'

type Props = {
  /** How many lines. */
  readonly count: number
}

/** Empty lines that fill a screen's body, so the status line stays at the bottom. */
export function BlankLines({ count }: Props) {
  return (
    <>
      {Array.from({ length: Math.max(0, count) }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blank lines have nothing else to tell them apart
        <Text key={index}> </Text>
      ))}
    </>
  )
}
