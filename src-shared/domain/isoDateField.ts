import { z } from 'zod'

/** A calendar date YYYY-MM-DD that exists (no 2月30日), with a Chinese message naming the field. */
export function isoDateField(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .refine(
      (value) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
        const date = new Date(`${value}T00:00:00Z`)
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
      },
      { error: `${label}格式不对：请按“2026-03-20”的格式填写一个存在的日期` }
    )
}
