import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { IssuedFileDto } from '@shared/dashboard'
import type { TaskPlanDto, TaskPlanInput, TaskPlanStepInput } from '@shared/domain/taskPlan'
import type { TaskRouteDto } from '@shared/domain/taskRoute'
import type { TaskDto } from '@shared/domain/tasks'
import { api } from '@renderer/api/apiClient'

/** One task's page (issue 8 §1–§2): the task, its 实施方案 with the approval, and the route and timetable. */
export const useTaskWorkbenchStore = defineStore('taskWorkbench', () => {
  const task = ref<TaskDto | null>(null)
  const plan = ref<TaskPlanDto | null>(null)
  const route = ref<TaskRouteDto | null>(null)
  const loading = ref(false)

  async function open(id: number): Promise<void> {
    loading.value = true
    try {
      const [t, p, r] = await Promise.all([api.call('tasks:get', { id }), api.call('tasks:plan', { taskId: id }), api.call('tasks:route', { taskId: id })])
      task.value = t
      plan.value = p
      route.value = r
    } finally {
      loading.value = false
    }
  }

  async function savePlan(input: TaskPlanInput): Promise<void> {
    plan.value = await api.call('tasks:savePlan', input)
  }

  async function planStep(input: TaskPlanStepInput): Promise<void> {
    plan.value = await api.call('tasks:planStep', input)
  }

  async function schedule(perDay: number): Promise<void> {
    route.value = await api.call('tasks:scheduleRoute', { taskId: task.value!.id, perDay })
  }

  async function setVisitDate(visitId: number, date: string): Promise<void> {
    route.value = await api.call('tasks:setVisitDate', { taskId: task.value!.id, visitId, date })
  }

  async function exportPlan(): Promise<IssuedFileDto> {
    return api.call('tasks:exportPlan', { taskId: task.value!.id })
  }

  return { task, plan, route, loading, open, savePlan, planStep, schedule, setVisitDate, exportPlan }
})
