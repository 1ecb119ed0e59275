import { buildMembersDocument } from '../documents/membersDocument'
import { listDepartments } from './departmentsService'
import { issueDocument } from './documents/issueDocument'
import type { HandlerMap } from './serviceHost'
import { readSettings } from './settingsService'

export const documentsHandlers: Pick<HandlerMap, 'documents:exportMembers'> = {
  'documents:exportMembers': {
    async: async (ctx, input) => {
      const office = readSettings(ctx.db)
      // The lead unit heads the list (seeds/001 附件 §二 lists the 召集单位 first).
      const units = listDepartments(ctx.db, false).sort((a, b) => Number(b.isLead) - Number(a.isLead))
      const issuedOn = ctx.today
      const bytes = await buildMembersDocument({
        countyName: office.countyName,
        officeName: office.officeName,
        issuedOn,
        departments: units
      })
      const fileName = input.fileName ?? `${office.countyName}联席会议成员单位及联络员名单（${issuedOn}）.docx`
      return issueDocument(ctx, { kind: 'members', params: { issuedOn }, fileName, bytes })
    }
  }
}
