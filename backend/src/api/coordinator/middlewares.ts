import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { LIMITS, rateLimit } from "../rate-limit"
import { loadCoordinator } from "./helpers"
import { coordinatorLedgerEntryQueryConfig } from "./ledger/query-config"
import { CoordinatorListLedgerEntries } from "./ledger/validators"
import { coordinatorPayoutQueryConfig } from "./payouts/query-config"
import { CoordinatorListPayouts } from "./payouts/validators"
import { StatementQuery, statementQueryConfig } from "../../lib/payout/statement-query"
import { coordinatorProductRequestMiddlewares } from "./product-requests/middlewares"
import { coordinatorOrderQueryConfig } from "./orders/query-config"
import { CoordinatorListOrders, CoordinatorSetParcelStatus } from "./orders/validators"
import { CoordinatorAcceptInvite, CoordinatorInventoryBatch } from "./validators"

/** Every /coordinator route but the invitation's acceptance needs a coordinator's login. */
const PROTECTED = /^\/coordinator\/(?!invites\/accept\/?$).+/

export const coordinatorMiddlewares: MiddlewareRoute[] = [
  { matcher: PROTECTED, middlewares: [authenticate("coordinator", ["session", "bearer"]), loadCoordinator] },
  {
    matcher: "/coordinator/invites/accept",
    methods: ["POST"],
    middlewares: [rateLimit(LIMITS.loginPerAddress), validateAndTransformBody(CoordinatorAcceptInvite)],
  },
  { matcher: "/coordinator/inventory", methods: ["POST"], middlewares: [validateAndTransformBody(CoordinatorInventoryBatch)] },
  {
    matcher: "/coordinator/orders",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(CoordinatorListOrders, coordinatorOrderQueryConfig.list)],
  },
  { matcher: "/coordinator/orders/:id/parcel", methods: ["POST"], middlewares: [validateAndTransformBody(CoordinatorSetParcelStatus)] },
  {
    matcher: "/coordinator/payouts",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(CoordinatorListPayouts, coordinatorPayoutQueryConfig.list)],
  },
  {
    matcher: "/coordinator/statement",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StatementQuery, statementQueryConfig)],
  },
  {
    matcher: "/coordinator/ledger",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(CoordinatorListLedgerEntries, coordinatorLedgerEntryQueryConfig.list)],
  },
  ...coordinatorProductRequestMiddlewares,
]
