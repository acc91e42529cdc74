import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { adminFetch } from "../lib/api"
import { ErrorAlert, Loading } from "../lib/components/feedback"
import { rateInForce } from "../lib/exchange-rate"
import { ArtisansPicker } from "../lib/product-cooperative/artisans-picker"
import { CooperativePicker } from "../lib/product-cooperative/cooperative-picker"
import { ProducerPricesTable } from "../lib/product-cooperative/producer-prices-table"
import { PRODUCT_FIELDS, type WidgetProduct } from "../lib/product-cooperative/types"
import { telarKeys } from "../lib/queries"
import type { AdminExchangeRate } from "../lib/types"

/** The product's fair-trade side: its cooperative, artisans, producer prices and the money split shoppers see. */
const ProductCooperativeWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const queryClient = useQueryClient()
  const product = useQuery({
    queryKey: telarKeys.product(data.id),
    queryFn: () => adminFetch<{ product: WidgetProduct }>(`/admin/products/${data.id}`, { query: { fields: PRODUCT_FIELDS } }),
  })
  const rates = useQuery({
    queryKey: telarKeys.exchangeRates,
    queryFn: () => adminFetch<{ exchange_rates: AdminExchangeRate[] }>("/admin/exchange-rates"),
  })
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: telarKeys.product(data.id) })
    // The cooperative pages list products and artisans' product counts.
    queryClient.invalidateQueries({ queryKey: ["telar", "cooperative"] })
    queryClient.invalidateQueries({ queryKey: ["telar", "cooperatives"] })
  }
  const loaded = product.data?.product
  const cooperative = loaded?.cooperative ?? null
  const rate = rateInForce(rates.data?.exchange_rates, "usd", "mxn")

  return (
    <Container className="divide-y p-0" data-testid="product-cooperative-widget">
      <div className="px-6 py-4">
        <Heading level="h2">Cooperative</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Who made this piece, and what the cooperative receives for each one sold.
        </Text>
      </div>
      {!loaded ? (
        <div className="px-6 py-4">{product.isLoading ? <Loading what="the cooperative" /> : <ErrorAlert error={product.error} />}</div>
      ) : (
        <>
          <div className="px-6 py-4">
            <CooperativePicker product={loaded} onChanged={refresh} />
          </div>
          {cooperative ? (
            <>
              <div className="flex flex-col gap-y-3 px-6 py-4">
                <Heading level="h3">Artisans</Heading>
                <ArtisansPicker key={cooperative.id} product={loaded} cooperativeId={cooperative.id} onChanged={refresh} />
              </div>
              <div className="flex flex-col gap-y-3 px-6 py-4">
                <Heading level="h3">Producer prices and money split</Heading>
                <ErrorAlert error={rates.error} />
                <ProducerPricesTable
                  key={`${cooperative.id}:${(loaded.variants ?? []).map((variant) => variant.id).join()}`}
                  product={loaded}
                  cooperativeId={cooperative.id}
                  rate={rate}
                  onChanged={refresh}
                />
              </div>
            </>
          ) : null}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductCooperativeWidget
