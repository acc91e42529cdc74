"use client"

import { useCallback, useEffect, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import { PostalAddress } from "@/modules/common/components/postal-address"
import { type AddressInput, provinceName } from "@/modules/common/lib/address"
import { firstIncomplete, type CheckoutData, type Step } from "../lib/types"
import AddressStep from "./address-step"
import EmailStep from "./email-step"
import PaymentReview from "./payment-review"
import ShippingStep from "./shipping-step"
import StepSection from "./step-section"

/**
 * The single-page checkout: contact → shipping address → delivery → payment → review. The open
 * step is the first one the cart still lacks, unless the shopper chose to edit an earlier one;
 * each time a step opens its heading takes focus.
 */
export default function CheckoutFlow({ data }: { data: CheckoutData }) {
  const t = useTranslations("checkout")
  const done = { email: !!data.email, address: !!data.shippingAddress, shipping: !!data.speed }
  const [editing, setEditing] = useState<Step | null>(null)
  const current: Step = editing ?? firstIncomplete(done)
  const previous = useRef(current)

  useEffect(() => {
    if (previous.current === current) return
    previous.current = current
    document.getElementById(`step-${current}-title`)?.focus()
  }, [current])

  const finish = useCallback(() => setEditing(null), [])
  const step = (id: Exclude<Step, "payment">) => ({ id, open: current === id, done: done[id], onEdit: () => setEditing(id) })
  const quote = data.quotes?.find((candidate) => candidate.speed === data.speed)
  const deliverySummary = data.speed && quote ? t("shipping.chosen", { speed: t(`shipping.${data.speed}`), amount: quote.amount }) : null

  const shipTo = data.shippingAddress && <PostalAddress address={readable(data.shippingAddress)} locale={data.locale} />

  const recap = (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
      <div>
        <dt className="font-medium">{t("review.contact")}</dt>
        <dd className="wrap-anywhere">{data.email}</dd>
      </div>
      {shipTo && (
        <div>
          <dt className="font-medium">{t("review.shipTo")}</dt>
          <dd>{shipTo}</dd>
        </div>
      )}
      <div>
        <dt className="font-medium">{t("review.delivery")}</dt>
        <dd>
          {deliverySummary}
          <br />
          {t("shipping.parcels", { count: data.parcels })}
        </dd>
      </div>
    </dl>
  )

  return (
    <div className="grid grid-cols-1 gap-4">
      <StepSection {...step("email")} summary={<p className="wrap-anywhere">{data.email}</p>}>
        <EmailStep email={data.defaultEmail} signedIn={data.signedIn} onDone={finish} />
      </StepSection>
      <StepSection {...step("address")} summary={shipTo}>
        <AddressStep data={data} onDone={finish} />
      </StepSection>
      <StepSection {...step("shipping")} summary={deliverySummary && <p>{deliverySummary}</p>}>
        <ShippingStep data={data} onDone={finish} />
      </StepSection>
      <PaymentReview data={data} active={current === "payment"} recap={recap} />
    </div>
  )
}

/** The address with its state named ("Texas"), not coded ("us-tx"). */
function readable(address: AddressInput): AddressInput {
  return { ...address, province: provinceName(address.country_code, address.province) }
}
