import { z } from 'zod'
import { minutesNumberStyles } from './minutesNumber'

/** Office settings (issue 2 §6; DESIGN.md "settings"). */
export const settingsInput = z.object({
  officeName: z
    .string()
    .trim()
    .min(1, { error: '请填写办公室名称，如“某某县市场监管领域部门联合“双随机、一公开”监管联席会议办公室”' })
    .max(80, { error: '办公室名称不能超过80个字' }),
  countyName: z
    .string()
    .trim()
    .min(1, { error: '请填写县（区）名称，如“高青县”' })
    .max(20, { error: '县（区）名称不能超过20个字' }),
  noticePrefix: z
    .string()
    .trim()
    .min(1, { error: '请填写检查通知书字号前缀，如“部门联合双随机抽检字”' })
    .max(30, { error: '字号前缀不能超过30个字' }),
  minutesPrefix: z
    .string()
    .trim()
    .min(1, { error: '请填写会议纪要编号前缀' })
    .max(30, { error: '纪要编号前缀不能超过30个字' }),
  // issue 5 §5: minutes are numbered per year, 〔2026〕1号 or 第1期.
  minutesNumberStyle: z.enum(minutesNumberStyles, { error: '请选择会议纪要编号格式：〔年份〕号或第N期' }).default('〔年份〕号'),
  taskPrefix: z
    .string()
    .trim()
    .min(1, { error: '请填写任务编号前缀，如“LHCC”' })
    .max(20, { error: '任务编号前缀不能超过20个字' }),
  operator: z
    .string()
    .trim()
    .min(1, { error: '请填写经办人姓名，文书和操作记录会署这个名字' })
    .max(20, { error: '经办人姓名不能超过20个字' })
})
export type SettingsInput = z.input<typeof settingsInput>
export type SettingsDto = z.output<typeof settingsInput>

export const defaultSettings: SettingsDto = {
  officeName: '示范县市场监管领域部门联合“双随机、一公开”监管联席会议办公室',
  countyName: '示范县',
  noticePrefix: '部门联合双随机抽检字',
  minutesPrefix: '双随机联席纪要',
  minutesNumberStyle: '〔年份〕号',
  taskPrefix: 'LHCC',
  operator: '联席办'
}
