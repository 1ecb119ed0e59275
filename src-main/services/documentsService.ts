import { buildChecklistDocument } from '../documents/checklistDocument'
import { buildMembersDocument } from '../documents/membersDocument'
import { readChecklistItems } from './checklist/readChecklistItems'
import { listDepartments } from './departmentsService'
import { issueDocument } from './documents/issueDocument'
import type { HandlerMap } from './serviceHost'
import { readSettings } from './settingsService'
import { readRoster } from './rosterService'

export const documentsHandlers: Pick<HandlerMap, 'documents:exportMembers' | 'documents:exportChecklist'> = {
  'documents:exportMembers': {
    async: async (ctx, input) => {
      const office = readSettings(ctx.db)
      // The lead unit heads the list (seeds/001 附件 §二 lists the 召集单位 first).
      const units = listDepartments(ctx.db, false).sort((a, b) => Number(b.isLead) - Number(a.isLead))
      // issue 5 §1: the people come from the current roster; a unit without a seat keeps its card's names.
      const roster = readRoster(ctx.db).current
      const seat = (role: '成员' | '联络员', departmentId: number) => roster.find((r) => r.role === role && r.departmentId === departmentId)
      const members = units.map((unit) => {
        const member = seat('成员', unit.id)
        const liaison = seat('联络员', unit.id)
        return {
          ...unit,
          leaderName: member?.personName ?? unit.leaderName,
          leaderPost: member?.post ?? unit.leaderPost,
          liaisonName: liaison?.personName ?? unit.liaisonName,
          liaisonPost: liaison?.post ?? unit.liaisonPost
        }
      })
      const conveners = roster.flatMap((r) => (r.role === '召集人' || r.role === '副召集人' ? [{ ...r, role: r.role }] : []))
      const issuedOn = ctx.today
      const bytes = await buildMembersDocument({
        countyName: office.countyName,
        officeName: office.officeName,
        issuedOn,
        departments: members,
        conveners
      })
      const fileName = input.fileName ?? `${office.countyName}联席会议成员单位及联络员名单（${issuedOn}）.docx`
      return issueDocument(ctx, { kind: 'members', params: { issuedOn }, fileName, bytes })
    }
  },
  // issue 3 §5: the checklist in force today, for publication (004 §(八)).
  'documents:exportChecklist': {
    async: async (ctx, input) => {
      const office = readSettings(ctx.db)
      const issuedOn = ctx.today
      const items = readChecklistItems(ctx.sqlite, issuedOn).filter((item) => item.status === '现行')
      const bytes = await buildChecklistDocument({ countyName: office.countyName, officeName: office.officeName, issuedOn, items })
      const fileName = input.fileName ?? `${office.countyName}抽查事项清单（${issuedOn}）.docx`
      return issueDocument(ctx, { kind: 'checklist', params: { issuedOn, items: items.length }, fileName, bytes })
    }
  }
}
