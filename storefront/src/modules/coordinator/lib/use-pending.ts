import { useCallback, useRef, useState } from "react"

/**
 * React 19's useTransition for async work, as the portal's islands need it under Preact too (whose
 * compat useTransition never reports pending): `pending` is true from the call until the work
 * settles, and work started while other work runs is dropped, so a second quick tap cannot send a
 * change built on a count the first one is still changing.
 */
export function usePending(): [boolean, (work: () => Promise<unknown>) => void] {
  const [pending, setPending] = useState(false)
  const running = useRef(false)
  const start = useCallback((work: () => Promise<unknown>) => {
    if (running.current) return
    running.current = true
    setPending(true)
    work()
      .catch(() => undefined)
      .finally(() => {
        running.current = false
        setPending(false)
      })
  }, [])
  return [pending, start]
}
