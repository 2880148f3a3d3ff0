/**
 * The best few of many: a page of results needs the top `limit` of possibly every article, and a bounded
 * heap finds them without sorting all.
 */

/** The `limit` smallest items by `compare`, sorted; `items` may be reordered. */
export function best<T>(items: T[], limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit >= items.length) return items.sort(compare)
  if (limit <= 0) return []
  // A max-heap of the best so far: its root is the worst item kept, the first to give way.
  const heap: T[] = []
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item)
      siftUp(heap, heap.length - 1, compare)
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item
      siftDown(heap, 0, compare)
    }
  }
  return heap.sort(compare)
}

function siftUp<T>(heap: T[], index: number, compare: (a: T, b: T) => number): void {
  let child = index
  while (child > 0) {
    const parent = (child - 1) >> 1
    if (compare(heap[parent]!, heap[child]!) >= 0) return
    ;[heap[parent], heap[child]] = [heap[child]!, heap[parent]!]
    child = parent
  }
}

function siftDown<T>(heap: T[], index: number, compare: (a: T, b: T) => number): void {
  let parent = index
  for (;;) {
    const left = parent * 2 + 1
    const right = left + 1
    let largest = parent
    if (left < heap.length && compare(heap[left]!, heap[largest]!) > 0) largest = left
    if (right < heap.length && compare(heap[right]!, heap[largest]!) > 0) largest = right
    if (largest === parent) return
    ;[heap[parent], heap[largest]] = [heap[largest]!, heap[parent]!]
    parent = largest
  }
}
