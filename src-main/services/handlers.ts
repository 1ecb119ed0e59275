import { auditHandlers } from './auditService'
import { dashboardHandlers } from './dashboardService'
import { demoHandlers } from './demo/demoHandlers'
import { departmentsHandlers } from './departmentsService'
import { directoryHandlers } from './directoryService'
import { documentsHandlers } from './documentsService'
import type { HandlerMap } from './serviceHost'
import { settingsHandlers } from './settingsService'
// issue 5: liaison meetings
import { meetingsHandlers } from './meetingsService'
import { minutesHandlers } from './minutesService'
import { rosterHandlers } from './rosterService'
import { meetingDocumentsHandlers } from './meetingDocumentsService'
// issue 4: joint tasks and the draw
import { drawHandlers } from './drawService'
import { tasksHandlers } from './tasksService'
// issue 3: checklist, special directories, tags
import { checklistHandlers } from './checklistService'
import { specialDirectoriesHandlers } from './specialDirectoriesService'
import { targetHistoryHandlers } from './targetHistoryService'
import { targetTagsHandlers } from './targetTagsService'
// issue 3: Excel import/export, inspector directory
import { importsHandlers } from './importsService'
import { inspectorsHandlers } from './inspectorsService'
// issue 7: annual plan
import { plansHandlers } from './plansService'
import { planDocumentsHandlers } from './planDocumentsService'
// issue 9: 文书中心, register, office key, 核验
import { documentCenterHandlers } from './documentCenterService'
import { keysHandlers } from './keysService'
import { verificationHandlers } from './verificationService'
import { templatesHandlers } from './templatesService'
import { planFormsHandlers } from './planFormsService'
import { planJoinsHandlers } from './planJoinsService'
// issue 8c: merged visits, 预查比对, notices and record forms
import { noticesHandlers } from './noticesService'
import { visitsHandlers } from './visitsService'
// issue 8a: 实施方案, approval, route and timetable
import { taskPlanHandlers } from './taskPlanService'
import { taskRouteHandlers } from './taskRouteService'

/** Every channel of the contract, bound to its handler; a missing one fails the type check. */
export const handlers: HandlerMap = {
  ...departmentsHandlers,
  ...settingsHandlers,
  ...dashboardHandlers,
  ...demoHandlers,
  ...auditHandlers,
  ...documentsHandlers,
  ...directoryHandlers,
  // issue 5: liaison meetings
  ...rosterHandlers,
  ...meetingsHandlers,
  ...minutesHandlers,
  ...meetingDocumentsHandlers,
  // issue 4: joint tasks and the draw
  ...tasksHandlers,
  ...drawHandlers,
  // issue 3: checklist, special directories, tags
  ...checklistHandlers,
  ...specialDirectoriesHandlers,
  ...targetTagsHandlers,
  ...targetHistoryHandlers,
  // issue 3: Excel import/export, inspector directory
  ...importsHandlers,
  ...inspectorsHandlers,
  // issue 7: annual plan
  ...plansHandlers,
  ...planDocumentsHandlers,
  // issue 9: 文书中心, register, office key, 核验
  ...documentCenterHandlers,
  ...keysHandlers,
  ...verificationHandlers,
  ...templatesHandlers,
  ...planFormsHandlers,
  ...planJoinsHandlers,
  // issue 8c: merged visits, 预查比对, notices and record forms
  ...visitsHandlers,
  ...noticesHandlers,
  // issue 8a: 实施方案, approval, route and timetable
  ...taskPlanHandlers,
  ...taskRouteHandlers
}
