import { documentKindLabels, type IssuedDocumentDto } from '@shared/domain/documentCatalog'
import type Database from 'better-sqlite3'

interface RegisterRow {
  id: number
  kind: string
  params: string
  number: string | null
  fileName: string
  sha256: string
  operator: string
  at: string
}

const columns = 'id, kind, params, number, file_name AS fileName, sha256, operator, at'

function toDto(row: RegisterRow): IssuedDocumentDto {
  return { ...row, kindLabel: documentKindLabels[row.kind] ?? row.kind, params: JSON.parse(row.params) as Record<string, unknown> }
}

/**
 * The 文书登记簿, newest first (issue 9 §2). The search matches the kind's name, 字号, file name,
 * operator, or the start of the SHA-256.
 */
export function readRegister(sqlite: Database.Database, search: string, limit: number): IssuedDocumentDto[] {
  if (search === '') return (sqlite.prepare(`SELECT ${columns} FROM issued_documents ORDER BY id DESC LIMIT ?`).all(limit) as RegisterRow[]).map(toDto)
  const kinds = Object.entries(documentKindLabels)
    .filter(([, label]) => label.includes(search))
    .map(([kind]) => kind)
  const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const rows = sqlite
    .prepare(
      `SELECT ${columns} FROM issued_documents
        WHERE file_name LIKE :like ESCAPE '\\' OR number LIKE :like ESCAPE '\\' OR operator LIKE :like ESCAPE '\\'
           OR sha256 LIKE :prefix OR kind IN (SELECT value FROM json_each(:kinds))
        ORDER BY id DESC LIMIT :limit`
    )
    .all({ like, prefix: /^[0-9a-f]{4,64}$/i.test(search) ? `${search.toLowerCase()}%` : '', kinds: JSON.stringify(kinds), limit }) as RegisterRow[]
  return rows.map(toDto)
}

/** The register row of exactly these bytes (by SHA-256), the first time they were issued. */
export function findIssuedBytes(sqlite: Database.Database, sha256: string): IssuedDocumentDto | null {
  const row = sqlite.prepare(`SELECT ${columns} FROM issued_documents WHERE sha256 = ? ORDER BY id LIMIT 1`).get(sha256) as RegisterRow | undefined
  return row ? toDto(row) : null
}
