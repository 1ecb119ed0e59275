import { describe, expect, it } from 'vitest'
import { rfc3797 } from '../../../src-main/draw/rfc3797'

describe('RFC 3797 selection', () => {
  it('reproduces the RFC section 6 worked example: 10 of 25', () => {
    const result = rfc3797({ poolSize: 25, count: 10, sources: ['9319', '2 5 12 8 10', '9 18 26 34 41 45'] })
    expect(result.key).toBe('9319./2.5.8.10.12./9.18.26.34.41.45./')
    // RFC 3797 §6: Lee Doc Mary Charity Kasczynski Envy Sneazy Anger Chastity Pandora.
    expect(result.positions).toEqual([17, 7, 2, 16, 25, 23, 8, 24, 19, 13])
    expect(result.steps.map((s) => s.digest)).toEqual([
      '990DD0A5692A029A98B5E01AA28F3459',
      '3691E55CB63FCC37914430B2F70B5EC6',
      'FE814EDF564C190AC1D25753979990FA',
      '1863CCACEB568C31D7DDBDF1D4E91387',
      'F4AB33DF4889F0AF29C513905BE1D758',
      '13EAEB529F61ACFB9A29D0BA3A60DE4A',
      '992DB77C382CA2BDB9727001F3CDCCD9',
      '63AB4258ECA922976811C7F55C383CE7',
      'DFBC5AC97CED01B3A6E348E3CC63F40D',
      '31CB111C4A4EBE9287CEAE16FE51B909'
    ])
    expect(result.steps.map((s) => s.remaining)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16])
  })

  it('reproduces the reference program output of the 2012 NomCom selection: 12 of 134', () => {
    const result = rfc3797({ poolSize: 134, count: 12, sources: ['17 20 22 35 36 38 48', '90193202', '55598744', '9 10 11 17 21 48 50'] })
    expect(result.key).toBe('17.20.22.35.36.38.48./90193202./55598744./9.10.11.17.21.48.50./')
    expect(result.positions).toEqual([90, 25, 92, 126, 24, 31, 122, 96, 81, 132, 2, 41])
    expect(result.steps[0].digest).toBe('CA30D5996DE35BA57B393541328C4159')
  })

  it('sorts each source numerically and drops leading zeros', () => {
    expect(rfc3797({ poolSize: 5, count: 1, sources: ['010 9 0100', '007'] }).key).toBe('9.10.100./7./')
  })

  it('refuses text and fractional sources, which the RFC does not define as numbers here', () => {
    expect(() => rfc3797({ poolSize: 5, count: 1, sources: ['W 4-1'] })).toThrow('不是非负整数')
    expect(() => rfc3797({ poolSize: 5, count: 1, sources: ['1.25'] })).toThrow('不是非负整数')
    expect(() => rfc3797({ poolSize: 5, count: 1, sources: ['  '] })).toThrow('空的')
  })

  it('keeps to the pool limit of the reference code', () => {
    expect(() => rfc3797({ poolSize: 65536, count: 1, sources: ['1'] })).toThrow('65535')
    expect(() => rfc3797({ poolSize: 5, count: 6, sources: ['1'] })).toThrow('抽取数量')
  })
})
