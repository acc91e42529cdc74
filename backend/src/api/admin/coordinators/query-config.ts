export const ADMIN_COORDINATOR_FIELDS = ["id", "name", "email", "phone", "preferred_language", "status", "created_at", "cooperative_id"]

export const adminStockChangeQueryConfig = {
  list: {
    defaults: [
      "id",
      "created_at",
      "actor_type",
      "actor_id",
      "source",
      "client_mutation_id",
      "variant_id",
      "location_id",
      "outcome",
      "previous_quantity",
      "new_quantity",
      "reserved_quantity",
    ],
    isList: true,
  },
}
