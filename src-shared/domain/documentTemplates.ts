import { z } from 'zod'
import { defaultPlanSettings } from './plans'

/**
 * Issue 9 §5: the fixed wording of each document kind, editable in settings with a reset to the
 * default; the layout stays in code. One entry per kind; a builder reads its fields by key.
 */
export interface TemplateFieldSpec {
  key: string
  label: string
  hint: string
  default: string
}

export interface DocumentTemplateSpec {
  kind: string
  title: string
  fields: readonly TemplateFieldSpec[]
}

/** seeds/002 附件2: the notice's legal basis (国发〔2019〕5号, numbered as issued) and closing request. */
export const defaultInspectionNoticeWording = {
  basis: '根据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）等相关要求',
  cooperation: '请你单位对行政检查工作予以积极配合。'
}

/** The 抽查任务公告's prose around its tables (issue 8 §3; 004 §(十九)). */
export const defaultTaskAnnouncementWording = {
  basis: '根据“双随机、一公开”监管工作要求',
  howToVerify:
    '复核方法：密钥的 SHA-256 摘要应等于摇号前公布的承诺值；向本办索取或下载本次摇号的证明文件，' +
    '在任何电脑上运行“spotcheck verify 证明文件”，显示“通过”即说明号池、参数和结果一致。' +
    '也可按公开的《摇号算法说明》（spotcheck-desk/draw/v1）自行编写程序复核。',
  closing: '检查人员将另行随机匹配。检查对象应当配合检查；对抽查结果有异议的，可向本办反映。'
}

export const documentTemplateSpecs: readonly DocumentTemplateSpec[] = [
  {
    kind: 'plan',
    title: '年度联合抽查工作计划',
    fields: [
      {
        key: 'preamble',
        label: '印发通知正文',
        hint: '计划首页“关于印发……的通知”的正文，含依据和国发〔2019〕5号的引文；{县}、{年度}会换成县名和年度，换行另起一段。',
        default: defaultPlanSettings.preamble
      }
    ]
  },
  {
    kind: 'meetingNotice',
    title: '会议通知',
    fields: [
      {
        key: 'requirements',
        label: '“五、有关要求”',
        hint: '回执报送时限、请假和委托参会的要求。',
        default: '请各单位于会议召开前1个工作日将参会回执（见附件）报送联席会议办公室。参会人员因故不能到会的，请向召集人请假，并委托相关负责同志参会。'
      }
    ]
  },
  {
    kind: 'decisionsReport',
    title: '议定事项落实情况通报',
    fields: [
      {
        key: 'requirementsOverdue',
        label: '“二、工作要求”（有逾期事项时）',
        hint: '有逾期未完成事项时的要求，含报送时限。',
        default:
          '请逾期事项的责任单位抓紧推进，于5个工作日内将未按期完成的原因、整改措施和完成时限书面报送联席会议办公室；其他事项的责任单位按期推进，完成后及时报送落实情况。'
      },
      {
        key: 'requirementsOnTrack',
        label: '“二、工作要求”（没有逾期事项时）',
        hint: '全部按期推进时的要求。',
        default: '请各责任单位按期推进议定事项，完成后及时将落实情况报送联席会议办公室。'
      }
    ]
  },
  {
    kind: 'inspectionNotice',
    title: '行政检查通知书',
    fields: [
      {
        key: 'basis',
        label: '依据（“我单位定于……”之前）',
        hint: '检查的依据，含国发〔2019〕5号的引文；日期和“对你单位实施行政检查”由系统接上。',
        default: defaultInspectionNoticeWording.basis
      },
      {
        key: 'cooperation',
        label: '结尾要求',
        hint: '执法检查人员名单之后的一段。',
        default: defaultInspectionNoticeWording.cooperation
      }
    ]
  },
  {
    kind: 'taskAnnouncement',
    title: '抽查任务公告',
    fields: [
      {
        key: 'basis',
        label: '开头依据',
        hint: '第一句的依据；其后由系统接上“……组织开展‘任务名称’”。',
        default: defaultTaskAnnouncementWording.basis
      },
      { key: 'howToVerify', label: '复核方法', hint: '摇号验证信息之后的一段：公众如何复核摇号。', default: defaultTaskAnnouncementWording.howToVerify },
      { key: 'closing', label: '结尾', hint: '公告的最后一段，如异议渠道、联系电话。', default: defaultTaskAnnouncementWording.closing }
    ]
  },
  {
    kind: 'publicKeyNotice',
    title: '文书核验公钥公告',
    fields: [
      {
        key: 'intro',
        label: '第一段（二维码说明）',
        hint: '{办公室}会换成办公室名称。',
        default:
          '自即日起，{办公室}出具的行政检查通知书、实地核查记录表印有二维码。二维码内容为一行以“SCV1|”开头的核验码，依次为文书字号、任务编号、检查对象代码、检查日期、执法证号和电子签名。'
      },
      {
        key: 'howTo',
        label: '第二段（核验方法和联系方式）',
        hint: '可加上本办公室的联系电话。',
        default:
          '电子签名采用Ed25519算法，对核验码最后一个“|”之前的全部文字（UTF-8编码）签名。检查对象收到文书后，可用下列公钥核验签名；签名无效、或核验码内容与文书不一致的，请勿配合检查，并向本办公室反映。'
      }
    ]
  }
]

export function templateSpec(kind: string): DocumentTemplateSpec | undefined {
  return documentTemplateSpecs.find((spec) => spec.kind === kind)
}

export interface DocumentTemplateDto {
  kind: string
  title: string
  fields: (TemplateFieldSpec & { value: string })[]
  /** Every field is at its default. */
  isDefault: boolean
}

const templateKind = z.string().refine((kind) => templateSpec(kind) !== undefined, { error: '没有这种文书的措辞模板，请从列表中选择' })

export const templateUpdateInput = z
  .object({ kind: templateKind, values: z.record(z.string(), z.string().trim().max(2000, { error: '每段措辞不能超过2000字' })) })
  .superRefine((input, ctx) => {
    for (const field of templateSpec(input.kind)?.fields ?? []) {
      const value = input.values[field.key]
      if (value === undefined || value === '') {
        ctx.addIssue({ code: 'custom', path: ['values', field.key], message: `请填写${field.label}；要用默认措辞请点“恢复默认”` })
      }
    }
  })

export const templateResetInput = z.object({ kind: templateKind })
