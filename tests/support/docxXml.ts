import { strFromU8, unzipSync } from 'fflate'

export interface DocxXml {
  /** Paths of the parts in the package, e.g. "word/document.xml". */
  paths: string[]
  /** The text of one part; throws if the package has no such part. */
  part(path: string): string
  /** The texts of the parts whose path matches, e.g. /^word\/footer\d+\.xml$/. */
  parts(pattern: RegExp): string[]
}

/** Unzips a .docx so tests can assert on its XML. */
export function docxXml(docx: Uint8Array): DocxXml {
  const files = unzipSync(docx)
  const paths = Object.keys(files).sort()
  return {
    paths,
    part(path) {
      const file = files[path]
      if (!file) throw new Error(`no part ${path} in the package; it has ${paths.join(', ')}`)
      return strFromU8(file)
    },
    parts(pattern) {
      return paths.filter((p) => pattern.test(p)).map((p) => strFromU8(files[p]))
    }
  }
}

/** The attributes of each `<tag …>` element in the XML, in document order. */
export function elementAttributes(xml: string, tag: string): Record<string, string>[] {
  const pattern = new RegExp(`<${tag}((?:\\s[^>]*?)?)/?>`, 'g')
  return [...xml.matchAll(pattern)].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))
  )
}

/** Each run (`<w:r>`) with its text and its XML, to check the properties of the run holding some text. */
export function runs(xml: string): { text: string; xml: string }[] {
  return [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>|<w:r\s[^>]*>[\s\S]*?<\/w:r>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
  }))
}
