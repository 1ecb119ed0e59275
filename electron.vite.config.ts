import { resolve } from 'node:path'
import { defineConfig, externalizeDepsPlugin } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'

const shared = { '@shared': resolve(__dirname, 'src-shared') }

/** The CLI runs under plain Node as `spotcheck`: give its entry a shebang. */
function cliShebang(): Plugin {
  return {
    name: 'cli-shebang',
    renderChunk(code, chunk) {
      if (chunk.isEntry && chunk.name === 'cli') return { code: `#!/usr/bin/env node\n${code}`, map: null }
      return null
    }
  }
}

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin(), cliShebang()],
    resolve: { alias: shared },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          cli: resolve(__dirname, 'src-main/cli.ts'),
          web: resolve(__dirname, 'src-main/web.ts')
        }
      }
    }
  },
  preload: {
    // Sandboxed preloads cannot require npm modules: bundle everything into one file.
    resolve: { alias: shared },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', inlineDynamicImports: true }
      }
    }
  },
  renderer: {
    root: 'src-renderer',
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'src-renderer/src') } },
    plugins: [vue()],
    build: {
      outDir: 'out/renderer',
      minify: 'esbuild',
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } }
    }
  }
})
