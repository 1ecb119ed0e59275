import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import AuditView from './views/AuditView.vue'
import DashboardView from './views/DashboardView.vue'
import DepartmentsView from './views/DepartmentsView.vue'
import SettingsView from './views/SettingsView.vue'
import TargetsView from './views/TargetsView.vue'
// issue 5: liaison meetings
import DecisionsView from './views/DecisionsView.vue'
import MeetingsView from './views/MeetingsView.vue'
import MeetingView from './views/MeetingView.vue'
import RosterView from './views/RosterView.vue'
// issue 3: checklist
import ChecklistView from './views/ChecklistView.vue'
// issue 3: inspector directory
import InspectorsView from './views/InspectorsView.vue'
// issue 4: joint tasks and the draw
import TaskDrawView from './views/TaskDrawView.vue'
import TasksView from './views/TasksView.vue'
// issue 8a: a task's page (实施方案, route and timetable)
import TaskView from './views/TaskView.vue'
// issue 7: annual plan
import PlansView from './views/PlansView.vue'
// issue 9: 文书中心
import DocumentsView from './views/DocumentsView.vue'
// issue 8c: merged visits, 预查比对, notices and record forms
import TaskNoticesView from './views/TaskNoticesView.vue'
import TaskVisitsView from './views/TaskVisitsView.vue'

/**
 * Hash routing: the app is loaded from a file in Electron and from `/` in the browser mode.
 * Only screens that work are listed; a route named in the dashboard's attention list must exist here.
 */
export function createAppRouter(): Router {
  return createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'dashboard', component: DashboardView, meta: { title: '首页' } },
      { path: '/departments', name: 'departments', component: DepartmentsView, meta: { title: '成员单位' } },
      // issue 5: liaison meetings
      { path: '/roster', name: 'roster', component: RosterView, meta: { title: '组成人员' } },
      { path: '/meetings', name: 'meetings', component: MeetingsView, meta: { title: '联席会议' } },
      { path: '/meetings/:id(\\d+)', name: 'meeting', component: MeetingView, meta: { title: '联席会议' } },
      { path: '/decisions', name: 'decisions', component: DecisionsView, meta: { title: '议定事项' } },
      { path: '/audit', name: 'audit', component: AuditView, meta: { title: '操作记录' } },
      { path: '/settings', name: 'settings', component: SettingsView, meta: { title: '办公室设置' } },
      { path: '/targets', name: 'targets', component: TargetsView, meta: { title: '检查对象名录库' } },
      // issue 3: checklist
      { path: '/checklist', name: 'checklist', component: ChecklistView, meta: { title: '抽查事项清单' } },
      // issue 3: inspector directory
      { path: '/inspectors', name: 'inspectors', component: InspectorsView, meta: { title: '执法检查人员名录库' } },
      // issue 4: joint tasks and the draw
      { path: '/tasks', name: 'tasks', component: TasksView, meta: { title: '联合抽查任务' } },
      { path: '/tasks/:id(\\d+)/draw', name: 'task-draw', component: TaskDrawView, meta: { title: '摇号' } },
      // issue 8a: a task's page
      { path: '/tasks/:id(\\d+)', name: 'task', component: TaskView, meta: { title: '联合抽查任务' } },
      // issue 7: annual plan
      { path: '/plans', name: 'plans', component: PlansView, meta: { title: '年度抽查计划' } },
      // issue 9: 文书中心
      { path: '/documents', name: 'documents', component: DocumentsView, meta: { title: '文书中心' } },
      // issue 8c: merged visits, 预查比对, notices and record forms
      { path: '/tasks/:id(\\d+)/visits', name: 'task-visits', component: TaskVisitsView, meta: { title: '合并检查与预查比对' } },
      { path: '/tasks/:id(\\d+)/notices', name: 'task-notices', component: TaskNoticesView, meta: { title: '通知书与记录表' } },
      { path: '/:unknown(.*)*', redirect: '/' }
    ]
  })
}
