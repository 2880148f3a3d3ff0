/**
 * Graphviz DOT for an entity network, for `dot -Tsvg` or any tool that reads DOT (Gephi, yEd).
 *
 * Nodes are named `n0`, `n1`, … and the entity id and name go in quoted `id` and `label` attributes: a
 * name may hold anything, and in a DOT identifier a trailing backslash would swallow the closing quote.
 * Inside the quotes a backslash is doubled and a quote escaped (Graphviz reads `\\` and `\"` in an
 * escString), a line break becomes `\n` (a centred line break in a label), and other control characters
 * become spaces.
 */
import { describe } from '../describe.js'
import { normalise } from '../normalise.js'
import type { EntityNetwork, NetworkEdge, NetworkNode } from './entity-network.js'

const shapes: Record<string, string> = { person: 'ellipse', organization: 'box', place: 'diamond' }

/** `value` as a DOT double-quoted string that Graphviz reads back as `value`. */
export function dotString(value: string): string {
  const lines = normalise(value.replace(/\r\n?/g, '\n'))
    .text.replace(/[\t\u2028\u2029]/g, ' ')
    .replace(/[\\"]/g, (mark) => `\\${mark}`)
    .replace(/\n/g, '\\n')
  return `"${lines}"`
}

/** The network as a Graphviz DOT undirected graph: nodes shaped by type, edges with their weight. */
export function toDot(network: EntityNetwork): string {
  const value = network as Partial<EntityNetwork> | null
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.nodes) ||
    !Array.isArray(value.edges)
  ) {
    throw new TypeError(
      `toDot(network): expected \`network\` to be { nodes, edges }, got ${describe(network)}; pass the result of entityNetwork(articles)`,
    )
  }
  const names = new Map<string, string>()
  const lines = ['graph entities {', '  node [fontname="Helvetica"];']
  const addNode = (id: string, node?: NetworkNode) => {
    const name = `n${names.size}`
    names.set(id, name)
    const label = dotString(node?.name ?? id)
    const shape = shapes[node?.type ?? ''] ?? 'ellipse'
    lines.push(`  ${name} [id=${dotString(id)}, label=${label}, shape=${shape}];`)
    return name
  }
  for (const node of value.nodes) if (!names.has(String(node.id))) addNode(String(node.id), node)
  for (const edge of value.edges as readonly NetworkEdge[]) {
    const source = names.get(String(edge.source)) ?? addNode(String(edge.source))
    const target = names.get(String(edge.target)) ?? addNode(String(edge.target))
    const weight = Number.isFinite(edge.weight) ? Math.max(0, Math.round(edge.weight)) : 0
    lines.push(`  ${source} -- ${target} [weight=${weight}, label="${weight}"];`)
  }
  lines.push('}')
  return `${lines.join('\n')}\n`
}
