import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db, Store } from '../../db/openStore'
import * as schema from '../../db/schema'
import { appendAudit } from '../auditChain'
import { readOperator, readSettings } from '../settingsService'
import { buildDemoCounty, type DemoCountyRows } from './buildDemoCounty'
import { demoIds } from './demoIds'
import { seedDemoTasks } from './seedDemoTasks'

export const demoRefusal = '数据库中已有数据，不能载入示范县数据：请换一个空的数据文件夹，或先清除现有数据。'

/**
 * Loads the demo county (issue 2 §8) into an empty database: one transaction, one audit row
 * ('demo:seed'). Every row is marked is_demo so `demo:clear` can take it out again. Refuses when
 * the office already keeps units, targets, inspectors or checklist items of its own.
 */
export function seedDemoCounty(store: Store, options: { now: Date }): void {
  const { sqlite, db } = store
  const existing = sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM departments) + (SELECT count(*) FROM targets)
            + (SELECT count(*) FROM inspectors) + (SELECT count(*) FROM checklist_items) AS n`
    )
    .get() as { n: number }
  if (existing.n > 0) throw new Error(demoRefusal)

  sqlite.transaction(() => {
    const office = readSettings(db)
    const rows = buildDemoCounty({ now: options.now, ids: demoIds(sqlite), minutesPrefix: office.minutesPrefix, countyName: office.countyName })
    // Parents before children, so every foreign key finds its row.
    insertAll(db, schema.departments, rows.departments)
    insertAll(db, schema.checklistItems, rows.checklistItems)
    insertAll(db, schema.targets, rows.targets)
    insertAll(db, schema.targetStatusHistory, rows.statusHistory)
    insertAll(db, schema.targetDepartments, rows.targetDepartments)
    insertAll(db, schema.specialDirectories, rows.specialDirectories)
    insertAll(db, schema.specialDirectoryMembers, rows.specialDirectoryMembers)
    insertAll(db, schema.inspectors, rows.inspectors)
    insertAll(db, schema.meetings, rows.meetings)
    insertAll(db, schema.rosterSeats, rows.rosterSeats)
    insertAll(db, schema.meetingAttendees, rows.attendees)
    insertAll(db, schema.meetingTopics, rows.topics)
    insertAll(db, schema.meetingDecisions, rows.decisions)
    insertAll(db, schema.decisionProgress, rows.progress)
    // issue 5: no is_demo of their own; they go with their demo meeting (ON DELETE CASCADE).
    insertAll(db, schema.meetingMinutes, rows.minutes)
    insertAll(db, schema.minutesReviews, rows.minutesReviews)
    // issue 7: annual plans
    insertAll(db, schema.plans, rows.plans)
    insertAll(db, schema.planItems, rows.planItems)
    insertAll(db, schema.planAdjustments, rows.planAdjustments)
    insertAll(db, schema.planCoverageNotes, rows.planCoverageNotes)
    insertAll(db, schema.planSubmissions, rows.planSubmissions)
    // issue 8 §8: the joint tasks, made by the task, draw, visit and notice services themselves.
    const tasks = seedDemoTasks(store, options.now)
    appendAudit(sqlite, {
      at: options.now.toISOString(),
      operator: readOperator(db),
      action: 'demo:seed',
      entity: 'demo',
      detail: { counts: { ...countsOf(rows), tasks: Object.keys(tasks).length } }
    })
  })()
}

/** Multi-row inserts, in chunks that stay well under SQLite's 32,766 bound parameters. */
function insertAll<T extends SQLiteTable>(db: Db, table: T, rows: T['$inferInsert'][]): void {
  const chunk = 250
  for (let i = 0; i < rows.length; i += chunk) db.insert(table).values(rows.slice(i, i + chunk)).run()
}

function countsOf(rows: DemoCountyRows): Record<string, number> {
  return Object.fromEntries(Object.entries(rows).map(([key, list]) => [key, (list as unknown[]).length]))
}
