/**
 * Compiling and running the docs' code samples the way a user would: each sample becomes a module of its
 * own that imports `@dalian-news/core` from the installed packages, the whole set is type-checked with the
 * repository's strict settings, and each module is run by Node in a separate process.
 */
import { spawn } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ts from 'typescript'
import type { CodeSample } from './code-samples.js'

/** A sample written out as a module. */
export interface SampleModule {
  /** The sample. */
  readonly sample: CodeSample
  /** Path of the TypeScript module, the one type-checked. */
  readonly path: string
  /** Path of the same module as JavaScript, the one run. */
  readonly script: string
}

/** What running a sample printed, and how it ended. */
export interface SampleRun {
  /** Exit code (`null` when killed). */
  readonly code: number | null
  /** Standard output. */
  readonly stdout: string
  /** Standard error. */
  readonly stderr: string
}

/** Where `sample` came from, as `file:line`. */
export function sampleName(sample: CodeSample): string {
  return `${sample.file}:${sample.line}`
}

/**
 * Write every sample into `dir` (emptied first) as `<page>-<line>.ts`. `dir` must be inside the workspace, so
 * the samples' imports resolve to the installed `@dalian-news/*` packages as a user's would.
 */
export async function writeSampleModules(
  samples: readonly CodeSample[],
  dir: string,
): Promise<SampleModule[]> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const modules = samples.map((sample) => {
    const base = join(dir, `${sample.file.replace(/\.md$/, '').replace(/[^\w]+/g, '-')}-${sample.line}`)
    return { sample, path: `${base}.ts`, script: `${base}.mjs` }
  })
  await Promise.all(
    modules.map(async ({ sample, path, script }) => {
      // `export {}` keeps each sample a module, so top-level `await` and same-named constants work.
      const code = `${sample.code}\nexport {}\n`
      const js = ts.transpileModule(code, {
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: true,
        },
        fileName: path,
      })
      await Promise.all([writeFile(path, code), writeFile(script, js.outputText)])
    }),
  )
  return modules
}

/** Type-check the modules together with the repository's strict settings; errors by module path. */
export function typeCheckSamples(modules: readonly SampleModule[], tsconfig: string): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
      },
    },
  )
  if (!config) throw new Error(`Could not read ${tsconfig}`)
  const options = { ...config.options, noEmit: true, sourceMap: false, declaration: false }
  const program = ts.createProgram(
    modules.map((module) => module.path),
    options,
  )
  const errors = new Map<string, string[]>(modules.map((module) => [module.path, []]))
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    if (!file || !errors.has(file.fileName)) {
      for (const list of errors.values()) list.push(message)
      continue
    }
    const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
    errors.get(file.fileName)!.push(`line ${line + 1}, column ${character + 1}: ${message}`)
  }
  return errors
}

/** Run one module's JavaScript with Node, in `cwd`, and collect what it printed. */
export function runSampleModule(module: SampleModule, cwd: string, timeoutMs = 30_000): Promise<SampleRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [module.script], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
