import { Button, StatusBadge, toast, usePrompt } from "@medusajs/ui"
import { ErrorAlert, Muted } from "../../../lib/components/feedback"
import { Section } from "../../../lib/components/section"
import { type CooperativeStatus, STATUS_COLORS, STATUS_LABELS } from "../../../lib/constants"
import type { AdminCooperative } from "../../../lib/types"
import { useUpdateCooperative } from "./use-update-cooperative"

const EXPLANATIONS: Record<CooperativeStatus, string> = {
  draft: "Only staff see it. Publish it when its details, artisans and products are ready.",
  published: "Shoppers see its page and can buy its products.",
  archived: "It has left the shop: its page and products are hidden. Its ledger stays.",
}

/** Publish, archive, or take back to draft. Archiving asks first: it takes products out of the shop. */
export const StatusSection = ({ cooperative }: { cooperative: AdminCooperative }) => {
  const update = useUpdateCooperative(cooperative.id)
  const prompt = usePrompt()

  const move = async (status: CooperativeStatus) => {
    if (status === "archived") {
      const confirmed = await prompt({
        title: `Archive ${cooperative.name}?`,
        description: "Its page and products leave the shop. You can publish it again later.",
        confirmText: "Archive",
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    update.mutate({ status }, { onSuccess: () => toast.success(`${cooperative.name} is now ${STATUS_LABELS[status].toLowerCase()}.`) })
  }

  const actions: { status: CooperativeStatus; label: string; variant: "primary" | "secondary" | "danger" }[] =
    cooperative.status === "draft"
      ? [
          { status: "published", label: "Publish", variant: "primary" },
          { status: "archived", label: "Archive", variant: "secondary" },
        ]
      : cooperative.status === "published"
        ? [
            { status: "archived", label: "Archive", variant: "secondary" },
            { status: "draft", label: "Back to draft", variant: "secondary" },
          ]
        : [
            { status: "published", label: "Publish again", variant: "primary" },
            { status: "draft", label: "Back to draft", variant: "secondary" },
          ]

  return (
    <Section
      title="Status"
      testId="cooperative-status"
      actions={
        <StatusBadge color={STATUS_COLORS[cooperative.status] ?? "grey"}>
          {STATUS_LABELS[cooperative.status] ?? cooperative.status}
        </StatusBadge>
      }
    >
      <div className="flex flex-col gap-y-3">
        <Muted>{EXPLANATIONS[cooperative.status]}</Muted>
        <div className="flex flex-wrap gap-2">
          {actions.map((action) => (
            <Button
              key={action.status}
              size="small"
              variant={action.variant}
              isLoading={update.isPending && update.variables?.status === action.status}
              disabled={update.isPending}
              onClick={() => move(action.status)}
            >
              {action.label}
            </Button>
          ))}
        </div>
        <ErrorAlert error={update.error} />
      </div>
    </Section>
  )
}
