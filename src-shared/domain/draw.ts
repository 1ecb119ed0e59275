/**
 * The draw engine's plain data, shared by main and renderer: the proof a draw publishes, the
 * eligibility report shown before a draw, inspection groups and replacements. The algorithm
 * itself is written down in docs/draw-algorithm.md and lives in src-main/draw.
 */

/** Identifies the algorithm and its version; also the domain tag hashed into every seed. */
export const drawAlgorithmId = 'spotcheck-desk/draw/v1'
/** RFC 3797 (MD5 over the sources' key), offered as a second method. */
export const rfc3797AlgorithmId = 'rfc3797'
export const drawProofFormat = 'spotcheck-desk/draw-proof'
export const drawProofVersion = 1

/**
 * Parameters of one draw. `count` is required; any other key (stratum, task number, purpose) is
 * recorded and hashed into the seed as part of the canonical parameters JSON.
 */
export type DrawParameterValue = string | number | boolean
export interface DrawParameters {
  count: number
  [key: string]: DrawParameterValue
}

/** What a draw publishes: enough for anyone to re-run it (docs/draw-algorithm.md §7). */
export interface DrawProof {
  format: typeof drawProofFormat
  version: typeof drawProofVersion
  algorithm: typeof drawAlgorithmId
  /** SHA-256 (hex) of the canonical pool, each identifier followed by "\n". */
  poolHash: string
  poolSize: number
  parameters: DrawParameters
  /** SHA-256 (hex) of the secret's bytes, shown and printed before the draw. */
  commitment: string
  /** The secret (hex), revealed after the draw. */
  secret: string
  /** External entropy (witness numbers, lottery result) after trimming and NFC. */
  entropy: string
  /** SHA-256 (hex) over the length-prefixed fields; the generator's key. */
  seed: string
  /** The drawn identifiers in draw order. */
  selected: string[]
  /** The canonical pool itself, when it is small enough to travel with the proof. */
  pool?: string[]
}

/** Which part of a proof failed to reproduce. */
export const proofMismatchKinds = ['format', 'commitment', 'pool', 'parameters', 'result'] as const
export type ProofMismatchKind = (typeof proofMismatchKinds)[number]

export type ProofVerdict = { ok: true } | { ok: false; mismatch: ProofMismatchKind; reason: string }

/** One eligibility rule's line in the pre-draw report. */
export interface EligibilityRuleReport {
  rule: EligibilityRuleCode
  /** Chinese label for the preview screen and the 摇号记录. */
  label: string
  /** Seed document and section the rule comes from. */
  source: string
  removed: number
  /** How many the rule would have removed but an exception kept (key item, targeted check, listed entity). */
  exempted: number
}
export const eligibilityRuleCodes = ['notActive', 'annualCap', 'lowRiskRepeat'] as const
export type EligibilityRuleCode = (typeof eligibilityRuleCodes)[number]

/** 执法检查人员更换理由 (seeds/004 §(二十三)). */
export const replacementReasonKinds = ['岗位调整', '工作冲突', '身体健康', '回避', '其他'] as const
export type ReplacementReasonKind = (typeof replacementReasonKinds)[number]
export interface ReplacementReason {
  kind: ReplacementReasonKind
  /** Required for 其他, optional detail otherwise. */
  text?: string
}

/** 分层: a credit risk class, or 未分类 for targets not yet classified. */
export type Stratum = 'A' | 'B' | 'C' | 'D' | '未分类'
export const strata: readonly Stratum[] = ['A', 'B', 'C', 'D', '未分类']

export const groupRoles = ['组长', '组员', '专家'] as const
export type GroupRole = (typeof groupRoles)[number]

export interface GroupMember {
  inspectorId: string
  departmentId: string
  role: GroupRole
  /** For experts: the 业务专长 the slot asked for. */
  specialty?: string
}

/** 检查组 for one target or merged visit. */
export interface InspectionGroup {
  visitId: string
  members: GroupMember[]
}

/** Why an inspector draw cannot be made, found before drawing. */
export interface InspectorShortfall {
  /** Department id, or null for the expert pool. */
  departmentId: string | null
  departmentName: string
  visitId: string
  needed: number
  available: number
  message: string
}
