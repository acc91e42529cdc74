/** The answer's shape is fixed (a cooperative's view of an order); `fields` is not offered. */
export const coordinatorOrderQueryConfig = {
  list: { defaults: ["id"], isList: true },
}
