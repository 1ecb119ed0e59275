import { reactive, ref } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError, errorMessage } from '@renderer/api/ApiError'

/**
 * One form's save cycle, shared by the dialogs (CONVENTIONS.md "The contract and errors"): one
 * save at a time, earlier field errors cleared, a service error about one of the form's fields
 * shown under that field, any other error as a message. `onFieldError` lets a form react to a
 * particular field (the target form offers force-accept when the code is refused).
 */
export function useFormSave<F extends string>(form: Record<F, unknown>, onFieldError?: (field: F, message: string) => void) {
  const saving = ref(false)
  const errors = reactive({}) as Partial<Record<F, string>>

  function clearErrors(): void {
    for (const key of Object.keys(errors) as F[]) delete errors[key]
  }

  async function run(action: () => Promise<void>): Promise<void> {
    if (saving.value) return
    clearErrors()
    saving.value = true
    try {
      await action()
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in form) {
        const field = error.field as F
        errors[field] = error.message
        onFieldError?.(field, error.message)
      } else ElMessage.error(errorMessage(error))
    } finally {
      saving.value = false
    }
  }

  return { saving, errors, clearErrors, run }
}
