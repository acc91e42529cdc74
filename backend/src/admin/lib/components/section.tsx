import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = { title: string; description?: string; actions?: ReactNode; children: ReactNode; testId?: string }

/** A titled card of a detail page, as Medusa's own pages lay them out. */
export const Section = ({ title, description, actions, children, testId }: Props) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className="flex items-start justify-between gap-4 px-6 py-4">
      <div>
        <Heading level="h2">{title}</Heading>
        {description ? (
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        ) : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
    <div className="px-6 py-4">{children}</div>
  </Container>
)

/** A read-only label and value pair of a section. */
export const Detail = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-2 items-start gap-4 py-1">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="break-words">
      {children}
    </Text>
  </div>
)
