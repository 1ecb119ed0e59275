import { selectionSql } from './directory/selectionSql'
import type { HandlerMap } from './serviceHost'

/** A target carries at most this many tags (the form's limit, seeds/003 §二(一) 标签化管理). */
const maxTagsPerTarget = 30

/**
 * 标签化管理 (seeds/003 §二(一)) on one target or on the whole filtered list. `targets.tags` is written
 * with JSON functions in one statement per tag; the triggers of migration issue3_target_tags_sync
 * bring the tag side table along in the same transaction.
 */
export const targetTagsHandlers: Pick<HandlerMap, 'directory:previewTagEdit' | 'directory:editTags'> = {
  'directory:previewTagEdit': {
    tx: (ctx, { selection, add, remove }) => {
      const { sql, params } = selectionSql(selection)
      const missing = add.map(() => 'NOT EXISTS (SELECT 1 FROM target_tags g WHERE g.target_id = s.id AND g.tag = ?)')
      const present = remove.map(() => 'EXISTS (SELECT 1 FROM target_tags g WHERE g.target_id = s.id AND g.tag = ?)')
      const changing = [...missing, ...present].join(' OR ')
      return ctx.sqlite
        .prepare(`SELECT count(*) AS matching, coalesce(sum(${changing}), 0) AS changing FROM (${sql}) s`)
        .get(...add, ...remove, ...params) as { matching: number; changing: number }
    }
  },
  'directory:editTags': {
    tx: (ctx, { selection, add, remove }) => {
      const { sql, params } = selectionSql(selection)
      const changed = new Set<number>()
      for (const tag of new Set(remove)) {
        const ids = ctx.sqlite
          .prepare(
            `UPDATE targets SET tags = (SELECT json_group_array(j.value) FROM json_each(targets.tags) j WHERE j.value != ?), updated_at = ?
             WHERE id IN (SELECT target_id FROM target_tags WHERE tag = ?) AND id IN (${sql}) RETURNING id`
          )
          .pluck()
          .all(tag, ctx.now, tag, ...params) as number[]
        for (const id of ids) changed.add(id)
      }
      for (const tag of new Set(add)) {
        const ids = ctx.sqlite
          .prepare(
            `UPDATE targets SET tags = json_insert(tags, '$[#]', ?), updated_at = ?
             WHERE id IN (${sql}) AND json_array_length(tags) < ${maxTagsPerTarget}
               AND NOT EXISTS (SELECT 1 FROM target_tags g WHERE g.target_id = targets.id AND g.tag = ?) RETURNING id`
          )
          .pluck()
          .all(tag, ctx.now, ...params, tag) as number[]
        for (const id of ids) changed.add(id)
      }
      ctx.auditDetail({ changed: changed.size })
      return { changed: changed.size }
    }
  }
}
