/**
 * `dalian-news web`: build the web viewer for a corpus into a folder any static server can serve, and with
 * `--serve` serve it on this machine until Ctrl+C.
 */
import { relative, resolve } from 'node:path'
import { buildViewer, serveViewer } from '@dalian-news/web/node'
import { type CommandSpec, integer } from '../lib/command.js'
import { toJsonText } from '../lib/json-text.js'
import { toTerminalText } from '../lib/terminal-text.js'

/** Signals that stop `web --serve`. */
export const stopSignals = ['SIGINT', 'SIGTERM'] as const

function stopped(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      for (const signal of stopSignals) process.off(signal, stop)
      done()
    }
    for (const signal of stopSignals) process.once(signal, stop)
  })
}

/** `dalian-news web`. */
export const webCommand: CommandSpec = {
  name: 'web',
  summary: 'build the web viewer for the corpus into a folder (and serve it on 127.0.0.1 with --serve)',
  arguments: [],
  options: [
    {
      flags: '-o, --out <dir>',
      description: 'folder to write the viewer to',
      defaultValue: 'dalian-news-web',
    },
    { flags: '-s, --serve', description: 'serve the viewer on 127.0.0.1 until Ctrl+C' },
    {
      flags: '-p, --port <port>',
      description: 'port for --serve (0: any free port)',
      defaultValue: 0,
      parse: integer(0, 65535),
    },
  ],
  examples: ['web', 'web --corpus ./my-articles --out ./viewer', 'web --serve --port 8080'],
  async run({ corpus, options, io }) {
    const outDir = resolve(io.cwd, String(options.out))
    const built = await buildViewer({ articles: corpus.articles, outDir })
    const shown = toTerminalText(relative(io.cwd, outDir) || '.')
    const server =
      options.serve === true ? await serveViewer(outDir, { port: options.port as number }) : undefined
    if (options.json === true) {
      io.out(`${toJsonText({ ...built, ...(server ? { url: server.url } : {}) })}\n`)
    } else {
      const kilobytes = (built.corpusBytes / 1024).toFixed(1)
      io.out(
        `Wrote the viewer for ${built.articles} article${built.articles === 1 ? '' : 's'} to ${shown} (corpus.json ${kilobytes} KB)\n`,
      )
      io.out(
        server
          ? `Serving it at ${server.url}  (Ctrl+C to stop)\n`
          : 'Open it with any static file server, or run again with --serve.\n',
      )
    }
    if (server) {
      await stopped()
      await server.close()
    }
    return 0
  },
}
