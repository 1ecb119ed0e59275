import type { DemoRandom } from './demoRandom'

// Common surnames, roughly by frequency, and given-name characters: every name is a random
// combination, so no real person's data is used.
const surnames = '王王王李李李张张张刘刘陈陈杨杨赵赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟万段钱汤尹易常武乔贺赖龚文'
const givenChars =
  '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红建国志文斌海波宁鹏飞辉俊峰晨雪琳慧颖婷倩浩宇博子涵欣怡佳琪振东立新春梅晓燕德成永庆光荣凤金凯瑞'

/** Fictional people: names and mobile numbers (unique within one demo county). */
export interface DemoPeople {
  name(): string
  mobile(): string
  /** 0533-xxxxxxx, a county landline (seeds/001 area). */
  landline(): string
}

const surnameList = Array.from(surnames)
const givenList = Array.from(givenChars)

export function demoPeople(random: DemoRandom): DemoPeople {
  const usedMobiles = new Set<string>()
  const mobilePrefixes = ['133', '135', '137', '138', '139', '150', '151', '153', '158', '177', '180', '183', '186', '189', '199']
  return {
    name() {
      const given = random.chance(0.7) ? random.pick(givenList) + random.pick(givenList) : random.pick(givenList)
      return random.pick(surnameList) + given
    },
    mobile() {
      for (;;) {
        const number = random.pick(mobilePrefixes) + String(random.int(100_000_000)).padStart(8, '0')
        if (!usedMobiles.has(number)) {
          usedMobiles.add(number)
          return number
        }
      }
    },
    landline() {
      return `0533-${random.between(2, 8)}${String(random.int(1_000_000)).padStart(6, '0')}`
    }
  }
}
