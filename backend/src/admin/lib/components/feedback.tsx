import { Alert, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorMessage } from "../api"

/** The API's own message, shown where the action was taken; nothing when there is no error. */
export const ErrorAlert = ({ error, className }: { error: unknown; className?: string }) => {
  if (!error) return null
  return (
    <Alert variant="error" className={className} role="alert">
      {errorMessage(error)}
    </Alert>
  )
}

export const Muted = ({ children }: { children: ReactNode }) => (
  <Text size="small" className="text-ui-fg-subtle">
    {children}
  </Text>
)

export const Loading = ({ what }: { what: string }) => <Muted>Loading {what}…</Muted>
