import type { ParsedInput } from '@shared/contract'
import type { InspectorDto, InspectorFacetsDto } from '@shared/domain/inspectors'
import { eq } from 'drizzle-orm'
import { inspectors } from '../db/schema'
import { exportInspectors } from './imports/exportInspectors'
import { readInspector, searchInspectors } from './inspectors/readInspectors'
import type { ServiceContext } from './serviceContext'
import { notFound, ServiceError } from './serviceError'
import type { HandlerMap } from './serviceHost'

type InspectorFields = ParsedInput<'inspectors:create'>

function readOne(ctx: ServiceContext, id: number): InspectorDto {
  const dto = readInspector(ctx.sqlite, id)
  if (!dto) throw notFound('这名执法检查人员')
  return dto
}

/** 执法证号 is unique: the same number twice is the same person entered twice. */
export function assertCertNoFree(ctx: ServiceContext, certNo: string, exceptId = 0): void {
  if (!certNo) return
  const clash = ctx.sqlite
    .prepare('SELECT i.name, d.short_name AS department FROM inspectors i JOIN departments d ON d.id = i.department_id WHERE i.cert_no = ? AND i.id != ?')
    .get(certNo, exceptId) as { name: string; department: string } | undefined
  if (clash) {
    throw new ServiceError('CONFLICT', `执法证号 ${certNo} 已登记为${clash.department}的“${clash.name}”：同一人不要重复录入，请搜索并编辑原记录；证号填错的请核对执法证`, 'certNo')
  }
}

function values(ctx: ServiceContext, input: InspectorFields, exceptId?: number) {
  const department = ctx.sqlite.prepare('SELECT id FROM departments WHERE id = ?').get(input.departmentId)
  if (!department) throw new ServiceError('VALIDATION', '所选部门已不存在，请刷新后重新选择', 'departmentId')
  assertCertNoFree(ctx, input.certNo, exceptId)
  const avoidTargetIds = [...new Set(input.avoidTargetIds)]
  if (avoidTargetIds.length > 0) {
    const found = ctx.sqlite.prepare('SELECT count(*) AS n FROM targets WHERE id IN (SELECT value FROM json_each(?))').get(JSON.stringify(avoidTargetIds)) as { n: number }
    if (found.n !== avoidTargetIds.length) throw new ServiceError('VALIDATION', '回避对象中有已删除的检查对象，请刷新后重新选择', 'avoidTargetIds')
  }
  const { avoidTargetIds: _ids, avoidRules, certNo, ...fields } = input
  const inLeave = input.status !== '在岗'
  return {
    ...fields,
    certNo: certNo || null,
    statusFrom: inLeave ? input.statusFrom : null,
    statusTo: input.status === '请假' ? input.statusTo : null,
    avoidance: { targetIds: avoidTargetIds, rules: [...new Set(avoidRules)] }
  }
}

function facets(ctx: ServiceContext): InspectorFacetsDto {
  const column = (sql: string) => ctx.sqlite.prepare(sql).pluck().all() as string[]
  return {
    regions: column("SELECT DISTINCT region FROM inspectors WHERE region != '' ORDER BY region"),
    qualifications: column('SELECT DISTINCT j.value FROM inspectors i, json_each(i.qualifications) j ORDER BY 1'),
    specialties: column('SELECT DISTINCT j.value FROM inspectors i, json_each(i.specialties) j ORDER BY 1')
  }
}

export const inspectorsHandlers: Pick<
  HandlerMap,
  'inspectors:search' | 'inspectors:facets' | 'inspectors:get' | 'inspectors:create' | 'inspectors:update' | 'inspectors:export'
> = {
  'inspectors:search': { tx: (ctx, input) => searchInspectors(ctx.sqlite, input) },
  'inspectors:facets': { tx: (ctx) => facets(ctx) },
  'inspectors:get': { tx: (ctx, { id }) => readOne(ctx, id) },
  'inspectors:create': {
    tx: (ctx, input) => {
      const row = ctx.db
        .insert(inspectors)
        .values({ ...values(ctx, input), createdAt: ctx.now, updatedAt: ctx.now })
        .returning({ id: inspectors.id })
        .get()
      return readOne(ctx, row.id)
    }
  },
  'inspectors:update': {
    tx: (ctx, { id, ...input }) => {
      const before = readOne(ctx, id)
      ctx.db.update(inspectors).set({ ...values(ctx, input, id), updatedAt: ctx.now }).where(eq(inspectors.id, id)).run()
      ctx.auditDetail({ before })
      return readOne(ctx, id)
    }
  },
  'inspectors:export': { async: exportInspectors }
}
