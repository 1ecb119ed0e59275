/**
 * Domain enumerations, spelled as the source documents spell them (the stored value is the
 * Chinese term itself, so a database row reads the way a clerk would write it).
 */

/** 检查对象类型 (seeds/004 §(一); seeds/001 三(二)2 “也可以包括产品、项目、行为等”). */
export const targetKinds = ['企业', '个体工商户', '农民专业合作社', '外国企业', '产品', '项目', '行为', '机关事业单位', '社会组织'] as const
export type TargetKind = (typeof targetKinds)[number]

/** 登记状态. 004 §(三十): 注销、吊销 → no longer checked; 迁出 → the receiving office checks. */
export const registrationStatuses = ['存续', '注销', '吊销', '迁出'] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

/** 信用风险分类 (seeds/003 §(五)). */
export const riskClasses = ['A', 'B', 'C', 'D'] as const
export type RiskClass = (typeof riskClasses)[number]
export const riskClassLabels: Record<RiskClass, string> = { A: '低', B: '一般', C: '较高', D: '高' }

/** 企业规模. */
export const targetScales = ['大型', '中型', '小型', '微型'] as const
export type TargetScale = (typeof targetScales)[number]

/** 事项类别 (seeds/004 §(九)): key items have no ratio ceiling, general items a strict one. */
export const checklistCategories = ['一般', '重点'] as const
export type ChecklistCategory = (typeof checklistCategories)[number]

/** 检查方式 (seeds/002 四(七); seeds/004 §(二十六)). */
export const checkMethods = ['实地核查', '书面检查', '网络监测', '抽样检测', '委托第三方'] as const
export type CheckMethod = (typeof checkMethods)[number]

/** 抽查事项清单调整 (seeds/004 §(八) 动态调整并及时公布). */
export const checklistAdjustmentKinds = ['新增', '修改', '废止'] as const
export type ChecklistAdjustmentKind = (typeof checklistAdjustmentKinds)[number]

/** 执法检查人员类别 (seeds/001 三(二)2 辅助人员库; seeds/004 §(十一) 专家库). */
export const inspectorKinds = ['执法人员', '辅助人员', '专家'] as const
export type InspectorKind = (typeof inspectorKinds)[number]

/** 人员状态: only 在岗 inspectors are drawn (seeds/004 §(二十三)). */
export const inspectorStatuses = ['在岗', '请假', '调离'] as const
export type InspectorStatus = (typeof inspectorStatuses)[number]

/** 年度抽查计划状态 (seeds/004 §(十二) 报市局备案; seeds/002 四(二) 对外发布). */
export const planStatuses = ['草拟', '征求意见', '已发布', '已报备'] as const
export type PlanStatus = (typeof planStatuses)[number]

/** 计划调整 (seeds/003: 计划调整应公示). */
export const planAdjustmentKinds = ['增加', '取消', '调整'] as const
export type PlanAdjustmentKind = (typeof planAdjustmentKinds)[number]

/** 成员单位年度计划报送 (seeds/002 四(二) 每年3月前报送). */
export const planSubmissionStatuses = ['未报送', '已报送', '已退回'] as const
export type PlanSubmissionStatus = (typeof planSubmissionStatuses)[number]

/** 联合抽查任务状态流 (DESIGN.md "tasks"). */
export const taskStatuses = ['草拟', '已抽取对象', '已匹配人员', '实施中', '已录入', '已公示', '已办结'] as const
export type TaskStatus = (typeof taskStatuses)[number]

/** 摇号类别. */
export const drawKinds = ['对象', '人员'] as const
export type DrawKind = (typeof drawKinds)[number]

/**
 * 抽中对象的检查情况. 004 §(三十): an unreachable, deregistered or revoked target is not checked
 * and counts as done; one that moved away is handed to the receiving office.
 */
export const taskTargetOutcomes = ['待检查', '已检查', '无法联系', '已注销吊销', '已迁出'] as const
export type TaskTargetOutcome = (typeof taskTargetOutcomes)[number]

/** 合并检查 (进一次门、查多项事, seeds/004 §(二十)). */
export const visitStatuses = ['待检查', '已检查', '取消'] as const
export type VisitStatus = (typeof visitStatuses)[number]

/** 行政检查通知书状态. A voided number stays in the register and is never reused. */
export const noticeStatuses = ['有效', '作废'] as const
export type NoticeStatus = (typeof noticeStatuses)[number]

/** 抽查检查结果 (seeds/003 §(七)): the nine categories, in the order SAMR lists them. */
export const resultCategories = [
  '未发现问题',
  '未按规定公示应当公示的信息',
  '通过登记的住所（经营场所）无法联系',
  '不配合检查情节严重',
  '未发现开展本次抽查涉及的经营活动',
  '发现问题，依法责令立即改正或者限期改正',
  '发现问题，待后续调查处理',
  '合格/不合格',
  '其他情况'
] as const
export type ResultCategory = (typeof resultCategories)[number]

/** For the 合格/不合格 category (抽样检测), which of the two. */
export const sampleVerdicts = ['合格', '不合格'] as const
export type SampleVerdict = (typeof sampleVerdicts)[number]

/** 后续处置移交 (seeds/002 五; seeds/004 §(三十一)). */
export const handoverKinds = ['本部门', '其他部门', '司法', '纪检'] as const
export type HandoverKind = (typeof handoverKinds)[number]

/**
 * 更正与异议 (seeds/004 §(二十九)): 更正 = the office found its own error; 异议 = the target objects
 * (复查 within 20 working days, 反馈 within 15 working days of the review).
 */
export const correctionKinds = ['更正', '异议'] as const
export type CorrectionKind = (typeof correctionKinds)[number]
export const correctionStatuses = ['办理中', '已更正', '维持原结果', '已反馈'] as const
export type CorrectionStatus = (typeof correctionStatuses)[number]

/** 联席会议 (seeds/001 附件 四(一)). */
export const meetingKinds = ['全体会议', '专题会议', '联络员会议'] as const
export type MeetingKind = (typeof meetingKinds)[number]
export const meetingStatuses = ['筹备中', '已召开', '纪要已签发', '已取消'] as const
export type MeetingStatus = (typeof meetingStatuses)[number]
export const attendeeStatuses = ['出席', '请假', '列席'] as const
export type AttendeeStatus = (typeof attendeeStatuses)[number]

/** 议定事项落实情况. */
export const decisionStatuses = ['未开始', '推进中', '已完成', '逾期'] as const
export type DecisionStatus = (typeof decisionStatuses)[number]

/** 联席会议组成人员 (seeds/001 附件 二). */
export const rosterRoles = ['召集人', '副召集人', '成员', '联络员'] as const
export type RosterRole = (typeof rosterRoles)[number]

/** What a meeting topic, a plan or an attachment can point at (kind + id). */
export const linkKinds = ['plan', 'planItem', 'task', 'checklistItem', 'meeting', 'decision', 'result', 'followUp', 'correction'] as const
export type LinkKind = (typeof linkKinds)[number]

/** issue 5 §5: 会议纪要 workflow (seeds/001 附件 四(三)). */
export const minutesStatuses = ['草稿', '征求意见', '已签发', '已印发'] as const
export type MinutesStatus = (typeof minutesStatuses)[number]
export const minutesOpinions = ['同意', '修改意见'] as const
export type MinutesOpinion = (typeof minutesOpinions)[number]
