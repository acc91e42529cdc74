"use client"

import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Stripe, StripeElementsOptions, StripeError } from "@stripe/stripe-js"
import { placeOrder } from "@/lib/data/cart"
import { preparePayment } from "@/lib/data/payment"
import StockProblems from "@/modules/common/components/stock-problems"
import type { StockProblem } from "@/lib/util/stock"
import { ui } from "@/modules/common/lib/ui"
import { isCardEntryError } from "../lib/errors"
import { loadStripeFrom } from "../lib/stripe-loader"
import type { CheckoutData } from "../lib/types"
import StepSection from "./step-section"

type Phase = "idle" | "checking" | "paying" | "placing"

/**
 * Steps 4 and 5. The card form (Stripe Payment Element) stays mounted while the shopper reviews
 * the order, because the card is only confirmed when they place it: first stock is checked
 * again and a payment session for the exact total is made, then Stripe confirms (3-D Secure in a
 * modal when the bank asks), then the cart becomes an order.
 */
export default function PaymentReview({ data, active, recap }: { data: CheckoutData; active: boolean; recap: React.ReactNode }) {
  const t = useTranslations("checkout")
  const [stripe, setStripe] = useState<Stripe | null>(null)
  const [loadError, setLoadError] = useState(false)
  const { scriptSrc, publishableKey } = data.stripe

  useEffect(() => {
    if (!active || stripe) return
    let live = true
    loadStripeFrom(scriptSrc, publishableKey, data.locale)
      .then((loaded) => {
        if (!live) return
        if (loaded) setStripe(loaded)
        else setLoadError(true)
      })
      .catch(() => live && setLoadError(true))
    return () => {
      live = false
    }
  }, [active, stripe, scriptSrc, publishableKey, data.locale])

  const options = useMemo<StripeElementsOptions>(
    () => ({
      mode: "payment",
      amount: Math.max(data.totalMinor, 1),
      currency: data.currency.toLowerCase(),
      // Telar authorizes at checkout and captures when the cooperatives pack the order.
      captureMethod: "manual",
      locale: data.locale === "es" ? "es" : "en",
      appearance: {
        theme: "stripe",
        variables: {
          colorPrimary: "#8a3b1c",
          colorText: "#1f1a17",
          colorDanger: "#991b1b",
          fontFamily: "ui-sans-serif, system-ui, sans-serif",
          borderRadius: "6px",
        },
      },
    }),
    [data.totalMinor, data.currency, data.locale]
  )

  if (!active) {
    return (
      <>
        <StepSection id="payment" open={false} done={false} />
        <StepSection id="review" open={false} done={false} />
      </>
    )
  }

  if (loadError || !stripe) {
    return (
      <>
        <StepSection id="payment" open done={false}>
          {loadError ? (
            <div role="alert" className={ui.alert}>
              <p>{t("payment.loadError")}</p>
              <button type="button" className={`${ui.secondary} mt-3`} onClick={() => window.location.reload()}>
                {t("payment.reload")}
              </button>
            </div>
          ) : (
            <p role="status" className={ui.muted}>
              {t("payment.loading")}
            </p>
          )}
        </StepSection>
        <StepSection id="review" open={false} done={false} />
      </>
    )
  }

  return (
    <Elements stripe={stripe} options={options}>
      <PaymentAndReview data={data} recap={recap} />
    </Elements>
  )
}

function PaymentAndReview({ data, recap }: { data: CheckoutData; recap: React.ReactNode }) {
  const t = useTranslations("checkout")
  const tErr = useTranslations("cart.errors")
  const stripe = useStripe()
  const elements = useElements()
  const [elementReady, setElementReady] = useState(false)
  const [reviewing, setReviewing] = useState(false)
  const [paymentError, setPaymentError] = useState<string | null>(data.returnError)
  // Card fields left empty or half filled: a hint by the fields, not a declined payment.
  const [cardIncomplete, setCardIncomplete] = useState(false)
  const [reviewError, setReviewError] = useState<string | null>(null)
  const [phase, setPhase] = useState<Phase>("idle")
  const [problems, setProblems] = useState<StockProblem[]>(data.problems)
  const [seenProblems, setSeenProblems] = useState(data.problems)
  if (seenProblems !== data.problems) {
    // Fresh figures from the server (e.g. after "update my cart"): they replace ours.
    setSeenProblems(data.problems)
    setProblems(data.problems)
  }
  const paymentErrorRef = useRef<HTMLDivElement>(null)
  const cardRef = useRef<HTMLDivElement>(null)
  const billingCountry = (data.billingAddress?.country_code || data.shippingAddress?.country_code || "").toUpperCase() || undefined
  const busy = phase !== "idle"

  const showPaymentError = useCallback((message: string) => {
    setPaymentError(message)
    setReviewing(true)
    requestAnimationFrame(() => paymentErrorRef.current?.scrollIntoView({ block: "center", behavior: "smooth" }))
  }, [])

  const showCardHint = useCallback(() => {
    setCardIncomplete(true)
    requestAnimationFrame(() => cardRef.current?.scrollIntoView({ block: "center", behavior: "smooth" }))
  }, [])

  const messageFor = useCallback(
    (error: StripeError | undefined) => {
      if (!error) return t("payment.genericDecline")
      const shopperFacing =
        error.type === "card_error" || error.type === "validation_error" || error.code === "payment_intent_authentication_failure"
      return shopperFacing && error.message
        ? error.message
        : error.type === "api_connection_error"
          ? tErr("unreachable")
          : t("payment.genericDecline")
    },
    [t, tErr]
  )

  async function toReview() {
    if (!elements) return
    setPaymentError(null)
    setCardIncomplete(false)
    const { error } = await elements.submit()
    if (error) {
      if (isCardEntryError(error)) showCardHint()
      else showPaymentError(messageFor(error))
      return
    }
    setReviewing(true)
    requestAnimationFrame(() => document.getElementById("step-review-title")?.focus())
  }

  async function submitOrder() {
    if (!stripe || !elements || busy) return
    setReviewError(null)
    setPaymentError(null)
    setCardIncomplete(false)
    setPhase("checking")
    try {
      const submitted = await elements.submit()
      if (submitted.error) {
        setPhase("idle")
        if (isCardEntryError(submitted.error)) showCardHint()
        else showPaymentError(messageFor(submitted.error))
        return
      }
      // Stock is checked again and a session for the exact total is made before any charge.
      const prepared = await preparePayment()
      if (!prepared.ok) {
        setPhase("idle")
        if (prepared.problems?.length) {
          setProblems(prepared.problems)
          requestAnimationFrame(() => document.getElementById("review-stock")?.focus())
        } else {
          setReviewError(tErr(prepared.error))
        }
        return
      }
      setPhase("paying")
      const { error, paymentIntent } = await stripe.confirmPayment({
        elements,
        clientSecret: prepared.clientSecret,
        confirmParams: { return_url: `${window.location.origin}/${data.locale}/checkout/complete` },
        redirect: "if_required",
      })
      if (error || !paymentIntent || !["requires_capture", "succeeded", "processing"].includes(paymentIntent.status)) {
        setPhase("idle")
        if (error && isCardEntryError(error)) showCardHint()
        else showPaymentError(messageFor(error))
        return
      }
      setPhase("placing")
      const result = await placeOrder()
      // On success the server redirects to the confirmation page.
      if (result && !result.ok) {
        setPhase("idle")
        if (result.problems?.length) {
          setProblems(result.problems)
          requestAnimationFrame(() => document.getElementById("review-stock")?.focus())
        }
        setReviewError(result.error === "soldOut" ? t("review.orderFailed") : tErr(result.error))
      }
    } catch (error) {
      // A redirect thrown by the server action is navigation, not failure.
      if (
        error &&
        typeof error === "object" &&
        "digest" in error &&
        String((error as { digest: unknown }).digest).startsWith("NEXT_REDIRECT")
      ) {
        throw error
      }
      console.error(error)
      setPhase("idle")
      setReviewError(tErr("unreachable"))
    }
  }

  const phaseText =
    phase === "checking" ? t("review.checking") : phase === "paying" ? t("review.paying") : phase === "placing" ? t("review.placing") : ""

  return (
    <>
      <StepSection id="payment" open done={false}>
        <div className="grid grid-cols-1 gap-4">
          <p className={`text-sm ${ui.muted}`}>{t("payment.secure")}</p>
          <div ref={paymentErrorRef} role="alert" data-testid="payment-error" className={paymentError ? ui.alert : "sr-only"}>
            {paymentError && (
              <>
                <p className="font-semibold">{t("payment.declinedTitle")}</p>
                <p>{paymentError}</p>
              </>
            )}
          </div>
          {!elementReady && (
            <p role="status" className={ui.muted}>
              {t("payment.loading")}
            </p>
          )}
          {/* Inputs may not set the width: on a phone the card fields take the screen's width, no more. */}
          <div
            ref={cardRef}
            aria-busy={busy}
            data-testid="payment-element"
            className="min-w-0 [&_input]:w-full [&_input]:min-w-0 [&_select]:w-full [&_select]:min-w-0"
          >
            <PaymentElement
              onReady={() => setElementReady(true)}
              onChange={() => {
                setCardIncomplete(false)
                if (paymentError && phase === "idle") setPaymentError(null)
              }}
              options={{
                layout: "tabs",
                defaultValues: billingCountry ? { billingDetails: { address: { country: billingCountry } } } : undefined,
              }}
            />
          </div>
          <p id="payment-card-hint" role="alert" data-testid="payment-card-hint" className={cardIncomplete ? ui.fieldError : "sr-only"}>
            {cardIncomplete ? t("payment.checkCard") : null}
          </p>
          {!reviewing && (
            <div>
              <button type="button" className={ui.primary} onClick={toReview} disabled={!elementReady} data-testid="payment-continue">
                {t("payment.review")}
              </button>
            </div>
          )}
        </div>
      </StepSection>
      <StepSection id="review" open={reviewing} done={false}>
        <div className="grid grid-cols-1 gap-6">
          <p>{t("review.intro")}</p>
          {recap}
          <StockProblems problems={problems} headingLevel={3} id="review-stock" note={t("review.stockBlocked")} />
          <p className={`text-sm ${ui.muted}`}>{t("payment.authorizeNote")}</p>
          {reviewError && (
            <p role="alert" className={ui.alert} data-testid="review-error">
              {reviewError}
            </p>
          )}
          <div>
            <button
              type="button"
              className={`${ui.primary} w-full text-lg sm:w-auto`}
              onClick={submitOrder}
              disabled={busy || problems.length > 0 || !stripe || !elements}
              aria-describedby="place-order-status"
              data-testid="place-order"
            >
              {busy ? phaseText : t("review.place", { total: data.total })}
            </button>
            <p id="place-order-status" role="status" aria-live="polite" className="sr-only">
              {phaseText}
            </p>
          </div>
        </div>
      </StepSection>
    </>
  )
}
