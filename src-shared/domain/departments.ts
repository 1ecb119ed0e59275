import { z } from 'zod'
import { isValidPhone, normalizePhone } from './phone'

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` })

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过${max}个字` })
    .default('')

const optionalPhone = (label: string) =>
  z
    .string()
    .trim()
    .default('')
    .transform(normalizePhone)
    .refine((v) => v === '' || isValidPhone(v), {
      error: `${label}格式不对：请填写11位手机号或带区号的座机号，如 0533-6966123`
    })

/** 成员单位 form (issue 2 §6; members as listed in seeds/001 附件 §二). */
export const departmentInput = z.object({
  name: requiredText('单位名称', 60),
  shortName: requiredText('简称', 20),
  isLead: z.boolean().default(false),
  leaderName: optionalText('分管领导姓名', 20),
  leaderPost: optionalText('分管领导职务', 40),
  leaderPhone: optionalPhone('分管领导电话'),
  liaisonName: optionalText('联络员姓名', 20),
  liaisonPost: optionalText('联络员职务', 40),
  liaisonPhone: optionalPhone('联络员电话'),
  sortOrder: z.number({ error: '排序请填写数字' }).int({ error: '排序请填写整数' }).min(0).max(9999).default(100),
  active: z.boolean().default(true)
})
export type DepartmentInput = z.input<typeof departmentInput>

export interface DepartmentDto {
  id: number
  name: string
  shortName: string
  isLead: boolean
  leaderName: string
  leaderPost: string
  leaderPhone: string
  liaisonName: string
  liaisonPost: string
  liaisonPhone: string
  sortOrder: number
  active: boolean
  updatedAt: string
}
