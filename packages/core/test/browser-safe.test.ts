import { builtinModules } from 'node:module'
import { type BuildOptions, build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { builtFile } from './support/dist.js'

const browserBuild = (entry: string) =>
  ({
    entryPoints: [builtFile(entry)],
    platform: 'browser',
    format: 'esm',
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  }) satisfies BuildOptions

const isNodeBuiltin = (path: string) =>
  path.startsWith('node:') || builtinModules.includes(path) || builtinModules.includes(path.split('/')[0]!)

describe('the main entry in a browser', () => {
  it('should bundle dist/index.js for the browser without any Node built-in', async () => {
    const result = await build(browserBuild('index.js'))
    expect(result.errors).toEqual([])
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter(isNodeBuiltin)).toEqual([])
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports)
    expect(imports.filter((item) => isNodeBuiltin(item.path))).toEqual([])
    // Proves the bundle really pulled the parser in rather than leaving it external.
    expect(inputs.some((input) => input.includes('node_modules/parse-english/'))).toBe(true)
    expect(inputs.some((input) => input.endsWith('minpath.browser.js'))).toBe(true)
  })

  it('should fail to bundle dist/node.js for the browser, because it reads files', async () => {
    await expect(build(browserBuild('node.js'))).rejects.toMatchObject({
      errors: expect.arrayContaining([
        expect.objectContaining({ text: expect.stringMatching(/^Could not resolve "(node:)?(fs|path)\b/) }),
      ]),
    })
  })
})
