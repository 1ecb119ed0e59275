import type Database from 'better-sqlite3'
import { defaultTaskMethods, type TaskPlanDto, type TaskPlanFields, type TaskPlanStatus, type TaskPlanStepDto } from '@shared/domain/taskPlan'
import type { TaskDto } from '@shared/domain/tasks'
import type { ImplementationPlan } from '../../db/schema'

/** 相关要求 offered until the clerk writes their own (004 §(二十一)-(二十五), 002 §四(八)). */
export const defaultRequirements = [
  '1. 检查组由牵头部门执法人员任组长，检查时不少于2名执法人员，出示执法证件，并送达行政检查通知书。',
  '2. 执法检查人员与检查对象有利害关系的，应当主动回避。',
  '3. 对照抽查事项逐项检查，如实填写实地核查记录表，由执法人员和检查对象签字确认；拒绝签字或无法到达现场的，注明原因。',
  '4. 检查中发现的违法违规问题，按“谁审批、谁负责，谁主管、谁监管”的原则移交处理。',
  '5. 检查结束后20个工作日内录入检查结果并通过国家企业信用信息公示系统公示。',
  '6. 严格遵守廉政纪律，不得妨碍检查对象正常的生产经营活动。'
].join('\n')

interface StepRow {
  id: number
  step: TaskPlanStepDto['step']
  name: string
  date: string
  note: string
  meetingId: number | null
  meetingTitle: string | null
  at: string
}

export function planSteps(sqlite: Database.Database, taskId: number): TaskPlanStepDto[] {
  const rows = sqlite
    .prepare(
      `SELECT a.id, a.step, a.name, a.date, a.note, a.meeting_id AS meetingId, m.title AS meetingTitle, a.at
         FROM task_plan_approvals a LEFT JOIN meetings m ON m.id = a.meeting_id
        WHERE a.task_id = ? ORDER BY a.id`
    )
    .all(taskId) as StepRow[]
  return rows.map((r) => ({ ...r, meetingTitle: r.meetingTitle ?? '' }))
}

/** The steps of the current round (since the last 退回修改) and where the plan stands. */
export function planRound(history: readonly TaskPlanStepDto[]): { steps: TaskPlanStepDto[]; status: TaskPlanStatus } {
  const lastReturn = history.map((s) => s.step).lastIndexOf('退回修改')
  const steps = history.slice(lastReturn + 1)
  const last = steps.at(-1)?.step
  const status: TaskPlanStatus = last === '拟稿' ? '待审核' : last === '审核' ? '待批准' : last === '批准' ? '已批准' : '拟稿中'
  return { steps, status }
}

/** What the form shows before the first save: scope from the plan item, content from the checklist. */
function defaults(sqlite: Database.Database, task: TaskDto): TaskPlanFields {
  let scope = ''
  if (task.planItemId !== null) {
    const item = sqlite.prepare('SELECT name FROM plan_items WHERE id = ?').get(task.planItemId) as { name: string } | undefined
    scope = item ? `按年度抽查计划“${item.name}”确定的抽查对象范围和比例，从检查对象名录库中随机抽取。` : ''
  }
  const contents = sqlite
    .prepare('SELECT id, name, content FROM checklist_items WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(task.checklistItems.map((c) => c.id))) as { id: number; name: string; content: string }[]
  const byId = new Map(contents.map((c) => [c.id, c]))
  const content = task.checklistItems
    .map((c, i) => {
      const detail = byId.get(c.id)?.content.trim()
      return `${i + 1}. ${c.name}（${c.departmentName}）${detail ? `：${detail}` : ''}`
    })
    .join('\n')
  return {
    scope,
    content,
    methods: { ...defaultTaskMethods },
    drawDate: '',
    noticeDate: '',
    resultsDue: '',
    requirements: defaultRequirements
  }
}

export function readTaskPlan(sqlite: Database.Database, task: TaskDto): TaskPlanDto {
  const row = sqlite.prepare('SELECT implementation_plan AS plan FROM tasks WHERE id = ?').get(task.id) as { plan: string }
  const stored = JSON.parse(row.plan) as ImplementationPlan
  const saved = Object.keys(stored).length > 0
  const base = defaults(sqlite, task)
  const history = planSteps(sqlite, task.id)
  const { steps, status } = planRound(history)
  return {
    ...base,
    ...stored,
    methods: { ...defaultTaskMethods, ...stored.methods },
    taskId: task.id,
    saved,
    status,
    steps,
    history,
    leadDepartmentName: task.leadDepartmentName,
    participatingDepartmentNames: task.participatingDepartmentNames,
    periodStart: task.periodStart,
    periodEnd: task.periodEnd
  }
}
