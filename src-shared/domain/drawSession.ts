import { z } from 'zod'
import type { EligibilityRuleReport, GroupRole, ReplacementReasonKind, Stratum } from './draw'
import { replacementReasonKinds } from './draw'
import { targetFilterInput } from './targets'
import type { TaskStatus } from './enums'

/**
 * The 摇号 screen's inputs and outputs (issue 4): a task's target classes with their ratios or
 * counts, the commitment, the draw with witnesses and entropy, re-draws and replacements.
 */

const recordId = (label: string) => z.number({ error: `缺少${label}` }).int().positive({ error: `${label}无效` })
const percent = (label: string) =>
  z
    .number({ error: `${label}请填写数字` })
    .min(0, { error: `${label}不能小于0%` })
    .max(100, { error: `${label}不能超过100%` })
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: `${label}最多两位小数` })

/** 003 §二(五): ratios follow the credit risk classes; the office's usual A 3, B 4, C 5, D 6. */
export const defaultStratumRatios = { A: 3, B: 4, C: 5, D: 6 } as const

/**
 * One target class (004 §(十八) 多类对象分别设置比例、合并下达): a directory filter (empty = the whole
 * directory, 不定向), and either per-risk-class ratios (分层) or a fixed count.
 */
export const targetClassInput = z
  .object({
    name: z.string().trim().min(1, { error: '请填写对象类别名称，如“食品经营者”' }).max(40, { error: '类别名称不能超过40个字' }),
    filter: targetFilterInput.prefault({}),
    mode: z.enum(['ratio', 'count'], { error: '请选择按比例或按数量抽取' }).default('ratio'),
    count: z.number({ error: '抽取数量请填写数字' }).int({ error: '抽取数量请填写整数' }).min(1, { error: '抽取数量至少为1' }).optional(),
    ratios: z
      .object({ A: percent('A类比例'), B: percent('B类比例'), C: percent('C类比例'), D: percent('D类比例') })
      .default({ ...defaultStratumRatios })
  })
  .refine((c) => c.mode !== 'count' || c.count !== undefined, { error: '按数量抽取时请填写抽取数量', path: ['count'] })
export type TargetClassInput = z.input<typeof targetClassInput>

export const listedUpgrades = ['none', 'oneLevel', 'highest'] as const

/** Everything a target draw depends on besides the directory itself. */
export const drawSettingsInput = z.object({
  taskId: recordId('任务编号'),
  classes: z.array(targetClassInput).min(1, { error: '请至少设置一类检查对象' }).max(10, { error: '对象类别最多10类' }),
  /** 定向抽查 for 专项整治, a special event or a higher office's order: not bound by the caps (004 §(十五)). */
  targeted: z.boolean().default(false),
  /** 002 §四(四): how far a target on 经营异常名录 or with serious violations is raised. */
  listedUpgrade: z.enum(listedUpgrades).default('oneLevel')
})
export type DrawSettingsInput = z.input<typeof drawSettingsInput>

export const drawWitnessInput = z.object({
  name: z.string({ error: '请填写见证人姓名' }).trim().min(1, { error: '请填写见证人姓名' }).max(20, { error: '见证人姓名不能超过20个字' }),
  unit: z.string().trim().max(60, { error: '见证人单位不能超过60个字' }).default('')
})

export const drawRunInput = z.object({
  commitmentId: recordId('承诺值编号'),
  /** seeds/004 §(五) 全程留痕: at least one witness is named on the record. */
  witnesses: z.array(drawWitnessInput).min(1, { error: '请至少填写一名见证人' }).max(10, { error: '见证人最多10名' }),
  /** Numbers read out by a witness, a lottery result … (may be empty). */
  entropy: z.string().max(200, { error: '外部随机数不能超过200个字符' }).default(''),
  /** Required when the task already has a draw: the new draw supersedes it. */
  redrawReason: z.string().trim().max(200, { error: '重新摇号的理由不能超过200个字' }).default('')
})
export type DrawRunInput = z.input<typeof drawRunInput>

/** issue 8 §3: the inspector draw, after the list is locked, with its own commitment and witnesses. */
export const inspectorDrawRunInput = drawRunInput.omit({ redrawReason: true })
export type InspectorDrawRunInput = z.input<typeof inspectorDrawRunInput>

/** The draw settings a task starts from: its plan item's scope and ratios, when it has one (issue 8 §1). */
export interface DrawDefaultsDto {
  /** The plan item the task was created from, e.g. “食品经营者联合抽查”; null for a 临时 task. */
  planItemName: string | null
  classes: TargetClassInput[]
}

export const replaceInspectorInput = z
  .object({
    commitmentId: recordId('承诺值编号'),
    groupMemberId: recordId('检查组成员'),
    reasonKind: z.enum(replacementReasonKinds, { error: `更换理由请选择${replacementReasonKinds.join('、')}之一` }),
    reasonText: z.string().trim().max(200, { error: '更换理由说明不能超过200个字' }).default(''),
    entropy: z.string().max(200, { error: '外部随机数不能超过200个字符' }).default('')
  })
  .refine((r) => r.reasonKind !== '其他' || r.reasonText !== '', { error: '选择“其他”时请写明更换的具体原因', path: ['reasonText'] })
export type ReplaceInspectorInput = z.input<typeof replaceInspectorInput>

export interface StratumPreviewDto {
  stratum: Stratum
  size: number
  percent: number | null
  count: number
  /** Raised into this stratum from a lower class (经营异常/严重违法, 002 §四(四)). */
  upgraded: number
  poolHash: string
}

export interface ClassPreviewDto {
  name: string
  mode: 'ratio' | 'count'
  /** Targets the filter matches. */
  matched: number
  /** Matched targets already in an earlier class of this task (drawn there only). */
  inEarlierClass: number
  eligible: number
  rules: EligibilityRuleReport[]
  strata: StratumPreviewDto[]
  count: number
}

export interface DrawPreviewDto {
  taskId: number
  /** The task checks a key item (重点事项): exempt from the caps (004 §(十五), 003 §二(六)). */
  keyItem: boolean
  targeted: boolean
  classes: ClassPreviewDto[]
  /** The union of the classes' pools, canonical (docs/draw-algorithm.md §2). */
  poolSize: number
  poolHash: string
  toDraw: number
  /** Eligible targets another task visits in the same period: one visit for both (004 §(二十)). */
  mergeCandidates: number
  /** Inspector shortfalls found before drawing, each naming its department. */
  shortfalls: string[]
}

export interface DrawCommitmentDto {
  id: number
  commitment: string
  createdAt: string
  preview: DrawPreviewDto | null
  /** For an inspector draw: the inspector pool shown beside the commitment and the visits to match. */
  inspectors?: { poolSize: number; poolHash: string; visits: number } | null
}

export interface GroupMemberDto {
  id: number
  inspectorId: number
  name: string
  /** 执法证号, or the expert's identifier. */
  identifier: string
  departmentId: number
  departmentName: string
  /** 简称, for tables where the full name is too long (摇号记录). */
  departmentShortName: string
  role: GroupRole
  /** Set when this member was replaced: by whom and why (004 §(二十三)). */
  replacedByName: string | null
  replacementReason: string | null
  replacedAt: string | null
}

export interface DrawnTargetDto {
  order: number
  targetId: number
  identifier: string
  name: string
  town: string
  className: string
  stratum: string
  /** Other tasks visiting it in the same period (merge into one visit). */
  mergeWithTaskCodes: string[]
  /** 检查情况 (待检查, or 不再检查 with its reason, 004 §(三十)); '' in an earlier draw's own list. */
  outcome: string
  /** Members of the inspection group, replaced ones included (marked). */
  group: GroupMemberDto[]
}

export interface DrawRecordDto {
  id: number
  kind: '对象' | '人员'
  /** 对象 draw, inspector draw (随机匹配执法检查人员) or one replacement. */
  purpose: 'targets' | 'inspectors' | 'replacement'
  at: string
  operator: string
  witnesses: { name: string; unit: string }[]
  commitment: string
  secret: string
  entropy: string
  poolHash: string
  poolSize: number
  classes: { name: string; strata: { stratum: string; poolSize: number; poolHash: string; count: number; percent: number | null }[] }[]
  supersedesDrawId: number | null
  redrawReason: string | null
  /** Derived: the later draw that replaced this one (the row itself never changes). */
  supersededByDrawId: number | null
  /** For a replacement: who left, who came, why. */
  replacement: { replacedName: string; replacementName: string; reason: string } | null
  targets: DrawnTargetDto[]
}

export interface TaskDrawsDto {
  /** The target draw in force, with the live groups (replacements applied); null before the first draw. */
  current: DrawRecordDto | null
  /** 草拟 → 已抽取对象 → (locked) → 已匹配人员 … */
  status: TaskStatus
  /** 确认锁定并下发 (004 §(十九)): set once the list is confirmed; a re-draw clears it. */
  lockedAt: string | null
  /** Visits still to be checked that have no inspection group (the next inspector draw's work). */
  visitsWithoutGroup: number
  /** 有效 行政检查通知书 of the task: once there is one, no re-draw. */
  validNotices: number
  /** An inspector commitment shown but not yet drawn. */
  pendingInspectorCommitment: DrawCommitmentDto | null
  /** Every draw of the task, newest first, superseded ones included. */
  history: DrawRecordDto[]
  /** A commitment shown but not yet drawn, so the screen survives a reload. */
  pendingCommitment: DrawCommitmentDto | null
}

export type { ReplacementReasonKind }
