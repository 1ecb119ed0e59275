import { describe, expect, it } from 'vitest'
import { planLoadGrid } from '../../src-shared/domain/planLoadGrid'

describe('planLoadGrid', () => {
  it('counts each item in force once per month of its period for its lead and each participating department', () => {
    const grid = planLoadGrid(
      [
        { leadDepartmentId: 1, participatingDepartmentIds: [2], periodStart: '2026-03-01', periodEnd: '2026-05-31' },
        { leadDepartmentId: 1, participatingDepartmentIds: [], periodStart: '2026-05-01', periodEnd: '2026-05-31' },
        { leadDepartmentId: 2, participatingDepartmentIds: [1], periodStart: '2026-01-01', periodEnd: '2026-12-31', cancelled: true }
      ],
      2026
    )
    expect(grid.get(1)).toEqual([0, 0, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0])
    expect(grid.get(2)).toEqual([0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0])
  })
})
