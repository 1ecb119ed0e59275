import { z } from 'zod'
import { checkMethods, type CheckMethod } from './enums'
import { isoDateField } from './isoDateField'

/**
 * 实施方案 of a joint task (002 §四(三): 牵头部门、参与部门、抽查对象、抽查事项、抽查范围、抽查内容、
 * 检查时间节点、相关要求) with its approval 拟稿 → 审核 → 批准 (issue 8 §2).
 */

const text = (label: string, max: number) => z.string().trim().max(max, { error: `${label}不能超过${max}个字` }).default('')
const optionalDate = (label: string) => z.union([z.literal(''), isoDateField(label)]).default('')
const method = (label: string) => z.enum(checkMethods, { error: `${label}请选择${checkMethods.join('、')}之一` })

/** Methods a class may be checked by: 书面检查 only for good credit (002 §四(七): 对信用风险分类良好的监管对象可采取书面检查). */
export const methodChoices = {
  A: ['实地核查', '书面检查', '抽样检测', '委托第三方'],
  B: ['实地核查', '抽样检测', '委托第三方'],
  C: ['实地核查', '抽样检测', '委托第三方'],
  D: ['实地核查', '抽样检测', '委托第三方'],
  online: ['网络监测', '实地核查', '书面检查']
} as const satisfies Record<string, readonly CheckMethod[]>

/** 检查方式 per credit-risk class, and for targets trading online (002 §四(七): 一般采用实地核查方式). */
export const taskMethodsInput = z
  .object({
    A: method('A类（低风险）检查方式').default('实地核查'),
    B: method('B类检查方式').default('实地核查'),
    C: method('C类检查方式').default('实地核查'),
    D: method('D类检查方式').default('实地核查'),
    /** 通过网络开展经营活动的检查对象: 网络监测 (002 §四(七)). */
    online: method('网络经营者检查方式').default('网络监测')
  })
  .superRefine((m, ctx) => {
    for (const key of ['A', 'B', 'C', 'D', 'online'] as const) {
      if (!(methodChoices[key] as readonly string[]).includes(m[key])) {
        const label = key === 'online' ? '网络经营者' : `${key}类对象`
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${label}不能采用${m[key]}：可选${methodChoices[key].join('、')}（书面检查只用于信用风险低的A类对象，002 §四(七)）`
        })
      }
    }
  })
export type TaskMethods = z.output<typeof taskMethodsInput>

export const defaultTaskMethods: TaskMethods = { A: '实地核查', B: '实地核查', C: '实地核查', D: '实地核查', online: '网络监测' }

export const taskPlanFields = z.object({
  /** 抽查范围 */
  scope: text('抽查范围', 500),
  /** 抽查内容 */
  content: text('抽查内容', 2000),
  methods: taskMethodsInput.prefault({}),
  /** 摇号日期 */
  drawDate: optionalDate('摇号日期'),
  /** 通知书送达日期 */
  noticeDate: optionalDate('通知书送达日期'),
  /** 结果录入截止 */
  resultsDue: optionalDate('结果录入截止日期'),
  /** 相关要求 */
  requirements: text('相关要求', 2000)
})
export type TaskPlanFields = z.output<typeof taskPlanFields>

export const taskPlanInput = taskPlanFields.extend({ taskId: z.number({ error: '缺少任务编号' }).int().positive() })
export type TaskPlanInput = z.input<typeof taskPlanInput>

/** Approval steps; 退回修改 reopens the plan for editing and is recorded with its reason. */
export const taskPlanSteps = ['拟稿', '审核', '批准', '退回修改'] as const
export type TaskPlanStep = (typeof taskPlanSteps)[number]

/** Where the plan stands: editable only while 拟稿中. */
export type TaskPlanStatus = '拟稿中' | '待审核' | '待批准' | '已批准'

export const taskPlanStepInput = z
  .object({
    taskId: z.number({ error: '缺少任务编号' }).int().positive(),
    step: z.enum(taskPlanSteps, { error: '审批环节无效' }),
    /** 拟稿人 / 审核人 / 批准人 / who returned it. */
    name: z.string({ error: '请填写姓名' }).trim().min(1, { error: '请填写经办人姓名' }).max(20, { error: '姓名不能超过20个字' }),
    date: isoDateField('日期'),
    /** Required for 退回修改: what to change. */
    note: text('意见', 300),
    /** The liaison meeting that decided it (批准 only). */
    meetingId: z.number().int().positive().nullable().default(null)
  })
  .refine((s) => s.step !== '退回修改' || s.note !== '', { error: '退回修改请写明要修改的内容', path: ['note'] })
  .refine((s) => s.step === '批准' || s.meetingId === null, { error: '只有批准环节可以关联会议', path: ['meetingId'] })
export type TaskPlanStepInput = z.input<typeof taskPlanStepInput>

export interface TaskPlanStepDto {
  id: number
  step: TaskPlanStep
  name: string
  date: string
  note: string
  meetingId: number | null
  meetingTitle: string
  at: string
}

export interface TaskPlanDto extends TaskPlanFields {
  taskId: number
  /** The fields have been saved at least once (else they show the defaults). */
  saved: boolean
  status: TaskPlanStatus
  /** Steps since the plan was last returned (the current round), oldest first. */
  steps: TaskPlanStepDto[]
  /** Every step ever recorded, returns included, oldest first. */
  history: TaskPlanStepDto[]
  leadDepartmentName: string
  participatingDepartmentNames: string[]
  /** 实地检查起止 = the task's period. */
  periodStart: string
  periodEnd: string
}
