import type {
  decisionProgress,
  meetingAttendees,
  meetingDecisions,
  meetingMinutes,
  meetings,
  meetingTopics,
  minutesReviews,
  rosterSeats
} from '../../db/schema'
import { addDays, weekdayOnOrBefore } from './addDays'
import { demoConvener, demoDepartments, demoDeputyConveners, type DemoDepartmentKey } from './demoDepartments'
import type { DemoIds } from './demoIds'

export interface DemoMeetingRows {
  rosterSeats: (typeof rosterSeats.$inferInsert)[]
  meetings: (typeof meetings.$inferInsert)[]
  attendees: (typeof meetingAttendees.$inferInsert)[]
  topics: (typeof meetingTopics.$inferInsert)[]
  decisions: (typeof meetingDecisions.$inferInsert)[]
  progress: (typeof decisionProgress.$inferInsert)[]
  /** The plenary's signed and issued minutes, so the demo exports a real 纪要 (issue 5 §7). */
  minutes: (typeof meetingMinutes.$inferInsert)[]
  minutesReviews: (typeof minutesReviews.$inferInsert)[]
}

export interface DemoMeetingsInput {
  ids: DemoIds
  departmentIds: Record<DemoDepartmentKey, number>
  now: string
  today: string
  minutesPrefix: string
}

/** Units that send apologies, so the attendance lists are not all 出席. */
const absentFromLiaison: DemoDepartmentKey[] = ['统计']
const absentFromPlenary: DemoDepartmentKey[] = ['税务', '消防救援']

/**
 * The roster of the liaison meeting (seeds/001 附件 §二: 召集人 a deputy county head, 副召集人,
 * one member and one liaison officer per unit) and this year's first 联络员会议 and 全体会议: the
 * liaison officers meet first to prepare the topics (seeds/001 附件 四(一)), the plenary decides,
 * and the minutes are signed by the convener, issued to the units and copied to the county
 * government (seeds/001 附件 四(三)).
 */
export function buildDemoMeetings(input: DemoMeetingsInput): DemoMeetingRows {
  const { ids, departmentIds, now, today, minutesPrefix } = input
  const rows: DemoMeetingRows = { rosterSeats: [], meetings: [], attendees: [], topics: [], decisions: [], progress: [], minutes: [], minutesReviews: [] }
  const lead = demoDepartments.find((d) => d.isLead)!
  const officeDirector = { name: lead.leaderName, post: lead.leaderPost }

  const liaisonDate = weekdayOnOrBefore(addDays(today, -24))
  const plenaryDate = weekdayOnOrBefore(addDays(today, -14))
  const signedDate = addDays(plenaryDate, 3)
  const year = Number(plenaryDate.slice(0, 4))
  const previousYear = year - 1
  const seatsFrom = `${previousYear}-03-20`

  let order = 0
  const seat = (seatRow: Omit<(typeof rosterSeats.$inferInsert), 'id' | 'fromDate' | 'sortOrder' | 'isDemo'>) =>
    rows.rosterSeats.push({ id: ids('roster_seats'), ...seatRow, fromDate: seatsFrom, sortOrder: ++order, isDemo: true })
  seat({ role: '召集人', departmentId: null, unitName: demoConvener.unitName, personName: demoConvener.personName, post: demoConvener.post })
  for (const deputy of demoDeputyConveners) {
    seat({
      role: '副召集人',
      departmentId: deputy.departmentKey ? departmentIds[deputy.departmentKey] : null,
      unitName: deputy.unitName,
      personName: deputy.personName,
      post: deputy.post
    })
  }
  for (const department of demoDepartments) {
    seat({ role: '成员', departmentId: departmentIds[department.key], personName: department.leaderName, post: department.leaderPost })
  }
  for (const department of demoDepartments) {
    seat({ role: '联络员', departmentId: departmentIds[department.key], personName: department.liaisonName, post: department.liaisonPost })
  }

  const meeting = (fields: Omit<(typeof meetings.$inferInsert), 'id' | 'isDemo' | 'createdAt' | 'updatedAt'>) => {
    const id = ids('meetings')
    rows.meetings.push({ id, ...fields, isDemo: true, createdAt: now, updatedAt: now })
    return id
  }
  const attendee = (meetingId: number, sortOrder: number, fields: Omit<(typeof meetingAttendees.$inferInsert), 'id' | 'meetingId' | 'sortOrder' | 'isDemo'>) =>
    rows.attendees.push({ id: ids('meeting_attendees'), meetingId, sortOrder, ...fields, isDemo: true })
  const topic = (meetingId: number, sortOrder: number, title: string, proposer: DemoDepartmentKey, submitToPlenary: boolean) =>
    rows.topics.push({ id: ids('meeting_topics'), meetingId, sortOrder, title, proposerDepartmentId: departmentIds[proposer], submitToPlenary, isDemo: true })

  const planTitle = `《示范县${year}年度市场监管领域部门联合“双随机、一公开”抽查工作计划（草案）》`

  const liaisonId = meeting({
    kind: '联络员会议',
    title: `示范县市场监管领域部门联合“双随机、一公开”监管联席会议${year}年第一次联络员会议`,
    number: `${year}年第1次`,
    date: liaisonDate,
    time: '15:00',
    place: '县市场监督管理局四楼会议室',
    convener: officeDirector.name,
    host: officeDirector.name,
    convening_unit: departmentIds[lead.key],
    status: '已召开',
    distribution: [],
    copyTo: []
  })
  demoDepartments.forEach((department, i) =>
    attendee(liaisonId, i + 1, {
      departmentId: departmentIds[department.key],
      personName: department.liaisonName,
      post: department.liaisonPost,
      status: absentFromLiaison.includes(department.key) ? '请假' : '出席'
    })
  )
  topic(liaisonId, 1, `研究${planTitle}，提请全体会议审议`, '市场监管', true)
  topic(liaisonId, 2, '研究部门联合抽查事项清单动态调整意见', '市场监管', true)
  topic(liaisonId, 3, `通报${previousYear}年度部门联合“双随机、一公开”监管工作开展情况`, '市场监管', false)
  topic(liaisonId, 4, '研究城镇燃气领域部门联合抽查实施方案（初稿）', '住房城乡建设', false)

  const plenaryId = meeting({
    kind: '全体会议',
    title: `示范县市场监管领域部门联合“双随机、一公开”监管联席会议${year}年第一次全体会议`,
    number: `${year}年第1次`,
    date: plenaryDate,
    time: '09:00',
    place: '县政府第三会议室',
    convener: demoConvener.personName,
    host: demoConvener.personName,
    convening_unit: departmentIds[lead.key],
    status: '纪要已签发',
    minutesNumber: `${minutesPrefix}〔${year}〕1号`,
    signer: demoConvener.personName,
    signedDate,
    distribution: ['联席会议各成员单位'],
    copyTo: ['示范县人民政府']
  })
  let sort = 0
  attendee(plenaryId, ++sort, { departmentId: null, unitName: demoConvener.unitName, personName: demoConvener.personName, post: demoConvener.post, status: '出席' })
  for (const deputy of demoDeputyConveners) {
    attendee(plenaryId, ++sort, {
      departmentId: deputy.departmentKey ? departmentIds[deputy.departmentKey] : null,
      unitName: deputy.unitName,
      personName: deputy.personName,
      post: deputy.post,
      status: '出席'
    })
  }
  for (const department of demoDepartments) {
    attendee(plenaryId, ++sort, {
      departmentId: departmentIds[department.key],
      personName: department.leaderName,
      post: department.leaderPost,
      status: absentFromPlenary.includes(department.key) ? '请假' : '出席'
    })
  }
  attendee(plenaryId, ++sort, { departmentId: departmentIds[lead.key], personName: lead.liaisonName, post: lead.liaisonPost, status: '列席' })
  topic(plenaryId, 1, `听取${previousYear}年度部门联合“双随机、一公开”监管工作情况汇报`, '市场监管', false)
  topic(plenaryId, 2, `审议${planTitle}`, '市场监管', false)
  topic(plenaryId, 3, '审议部门联合抽查事项清单调整意见', '市场监管', false)

  const decision = (
    sortOrder: number,
    content: string,
    owners: DemoDepartmentKey[],
    dueDate: string,
    status: (typeof meetingDecisions.$inferInsert)['status']
  ) => {
    const id = ids('meeting_decisions')
    rows.decisions.push({ id, meetingId: plenaryId, sortOrder, content, ownerDepartmentIds: owners.map((k) => departmentIds[k]), dueDate, status, isDemo: true })
    return id
  }
  // seeds/002 四(二): the joint plan is published (对外发布); seeds/004 §(十二): and filed upward (备案).
  const planDecision = decision(
    1,
    `原则通过示范县${year}年度部门联合抽查工作计划，由联席会议办公室按程序向社会公示，并报市联席会议办公室备案。`,
    ['市场监管'],
    addDays(plenaryDate, 21),
    '推进中'
  )
  rows.progress.push({ id: ids('decision_progress'), decisionId: planDecision, date: signedDate, note: '计划已在县政府门户网站“双随机、一公开”专栏公示。', isDemo: true })
  decision(
    2,
    '各成员单位对照调整后的抽查事项清单，更新本单位检查对象名录库和执法检查人员名录库，报联席会议办公室汇总。',
    demoDepartments.map((d) => d.key),
    addDays(plenaryDate, 30),
    '未开始'
  )
  decision(
    3,
    '由县住建局牵头，县市场监管局、县应急局、县消防大队参与，于二季度开展城镇燃气领域部门联合抽查，“进一次门、查多项事”。',
    ['住房城乡建设', '市场监管', '应急管理', '消防救援'],
    `${year}-06-30` > plenaryDate ? `${year}-06-30` : addDays(plenaryDate, 90),
    '未开始'
  )

  // seeds/001 附件 §四(三): drafted by the convening unit, agreed by the attending units, signed by the convener, issued.
  const minutesId = ids('meeting_minutes')
  const [, plenaryMonth, plenaryDay] = plenaryDate.split('-').map(Number)
  rows.minutes.push({
    id: minutesId,
    meetingId: plenaryId,
    version: 1,
    status: '已印发',
    body: [
      `${year}年${plenaryMonth}月${plenaryDay}日上午，县政府副县长、联席会议召集人${demoConvener.personName}在县政府第三会议室主持召开示范县市场监管领域部门联合“双随机、一公开”监管联席会议${year}年第一次全体会议。` +
        `会议听取了县市场监督管理局关于${previousYear}年度部门联合“双随机、一公开”监管工作情况的汇报，审议了${planTitle}和部门联合抽查事项清单调整意见。`,
      `会议指出，${previousYear}年各成员单位按照“一单两库一计划一细则”的要求，部门联合抽查覆盖面进一步扩大，“进一次门、查多项事”成效明显。${year}年要坚持问题导向，把信用风险分类结果运用到抽查比例和频次上，做到对守法者“无事不扰”、对违法者“利剑高悬”。`,
      '会议议定以下事项：'
    ].join('\n'),
    number: `${minutesPrefix}〔${year}〕1号`,
    signer: demoConvener.personName,
    signedDate,
    issuedDate: signedDate,
    distribution: ['联席会议各成员单位'],
    copyTo: ['示范县人民政府'],
    createdAt: now,
    updatedAt: now
  })
  const agreedOn = addDays(plenaryDate, 2)
  const seen = new Set<number>()
  for (const a of rows.attendees) {
    if (a.meetingId !== plenaryId || a.status !== '出席' || a.departmentId == null || seen.has(a.departmentId)) continue
    seen.add(a.departmentId)
    rows.minutesReviews.push({ id: ids('minutes_reviews'), minutesId, departmentId: a.departmentId, opinion: '同意', comment: '', date: agreedOn })
  }
  return rows
}
