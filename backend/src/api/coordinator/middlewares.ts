import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { LIMITS, rateLimit } from "../rate-limit"
import { loadCoordinator } from "./helpers"
import { coordinatorLedgerEntryQueryConfig } from "./ledger/query-config"
import { CoordinatorListLedgerEntries } from "./ledger/validators"
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
    matcher: "/coordinator/ledger",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(CoordinatorListLedgerEntries, coordinatorLedgerEntryQueryConfig.list)],
  },
]
