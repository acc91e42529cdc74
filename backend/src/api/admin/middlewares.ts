import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCreateAdjustment } from "./cooperatives/[id]/adjustments/validators"
import { AdminCreateAdvance } from "./cooperatives/[id]/advances/validators"
import { adminLedgerEntryQueryConfig } from "./cooperatives/[id]/ledger/query-config"
import { AdminListLedgerEntries } from "./cooperatives/[id]/ledger/validators"
import { adminCooperativeQueryConfig } from "./cooperatives/query-config"
import {
  AdminCreateArtisan,
  AdminCreateCooperative,
  AdminGetCooperativeParams,
  AdminLinkCooperativeProducts,
  AdminListCooperatives,
  AdminSetProducerPrices,
  AdminUpdateArtisan,
  AdminUpdateCooperative,
} from "./cooperatives/validators"
import { adminStockChangeQueryConfig } from "./coordinators/query-config"
import { AdminInviteCoordinator, AdminListStockChanges } from "./coordinators/validators"
import { AdminCreateExchangeRate } from "./exchange-rates/validators"
import { adminInventoryItemMiddlewares } from "./inventory-items/middlewares"
import { adminOrderChangeGuards } from "./order-change-guards"
import { adminCooperativeParcelMiddlewares } from "./orders/[id]/cooperative-parcels/middlewares"
import { AdminFulfillCooperativeParcel } from "./orders/validators"
import { adminPaymentDecisionQueryConfig } from "./payment-decisions/query-config"
import { adminPayoutBatchQueryConfig } from "./payout-batches/query-config"
import { AdminCreatePayoutBatch, AdminGetPayoutBatch, AdminListPayoutBatches } from "./payout-batches/validators"
import { adminPayoutQueryConfig } from "./payouts/query-config"
import { AdminListPayouts, AdminMarkPayoutFailed, AdminMarkPayoutPaid } from "./payouts/validators"
import { AdminListPaymentDecisions } from "./payment-decisions/validators"
import { adminProductCategoryMiddlewares } from "./product-categories/middlewares"
import { adminProductRequestMiddlewares } from "./product-requests/middlewares"
import { AdminSetProductArtisans } from "./products/validators"
import { StatementQuery, statementQueryConfig } from "../../lib/payout/statement-query"

/** Answers with the cooperative in the shape GET /admin/cooperatives/:id has, honouring `fields`. */
const retrieveCooperative = validateAndTransformQuery(AdminGetCooperativeParams, adminCooperativeQueryConfig.retrieve)

export const adminMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/orders/:id/cooperative-parcels",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminFulfillCooperativeParcel)],
  },
  ...adminCooperativeParcelMiddlewares,
  { matcher: "/admin/cooperatives/:id/coordinators", methods: ["POST"], middlewares: [validateAndTransformBody(AdminInviteCoordinator)] },
  {
    matcher: "/admin/cooperatives/:id/stock-changes",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListStockChanges, adminStockChangeQueryConfig.list)],
  },
  {
    matcher: "/admin/cooperatives/:id/ledger",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListLedgerEntries, adminLedgerEntryQueryConfig.list)],
  },
  { matcher: "/admin/cooperatives/:id/advances", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateAdvance)] },
  { matcher: "/admin/cooperatives/:id/adjustments", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateAdjustment)] },
  {
    matcher: "/admin/cooperatives/:id/statement",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StatementQuery, statementQueryConfig)],
  },
  {
    matcher: "/admin/payout-batches",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListPayoutBatches, adminPayoutBatchQueryConfig.list)],
  },
  { matcher: "/admin/payout-batches", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreatePayoutBatch)] },
  {
    matcher: "/admin/payout-batches/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetPayoutBatch, adminPayoutBatchQueryConfig.retrieve)],
  },
  {
    matcher: "/admin/payouts",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListPayouts, adminPayoutQueryConfig.list)],
  },
  { matcher: "/admin/payouts/:id/paid", methods: ["POST"], middlewares: [validateAndTransformBody(AdminMarkPayoutPaid)] },
  { matcher: "/admin/payouts/:id/failed", methods: ["POST"], middlewares: [validateAndTransformBody(AdminMarkPayoutFailed)] },
  {
    matcher: "/admin/cooperatives",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCooperatives, adminCooperativeQueryConfig.list)],
  },
  {
    matcher: "/admin/cooperatives",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCooperative), retrieveCooperative],
  },
  { matcher: "/admin/cooperatives/:id", methods: ["GET"], middlewares: [retrieveCooperative] },
  {
    matcher: "/admin/cooperatives/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCooperative), retrieveCooperative],
  },
  { matcher: "/admin/cooperatives/:id/artisans", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateArtisan)] },
  {
    matcher: "/admin/cooperatives/:id/artisans/:artisan_id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateArtisan)],
  },
  {
    matcher: "/admin/cooperatives/:id/products",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminLinkCooperativeProducts), retrieveCooperative],
  },
  {
    matcher: "/admin/cooperatives/:id/producer-prices",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetProducerPrices)],
  },
  { matcher: "/admin/products/:id/artisans", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSetProductArtisans)] },
  {
    matcher: "/admin/payment-decisions",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListPaymentDecisions, adminPaymentDecisionQueryConfig.list)],
  },
  { matcher: "/admin/exchange-rates", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateExchangeRate)] },
  ...adminProductRequestMiddlewares,
  ...adminInventoryItemMiddlewares,
  ...adminOrderChangeGuards,
  ...adminProductCategoryMiddlewares,
]
