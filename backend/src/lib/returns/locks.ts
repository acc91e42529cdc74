/**
 * The lock on an order's card payment: the same key the parcel shipment takes around its capture
 * (workflows/fulfillment/ship-cooperative-parcel), so a return's refund and a parcel's
 * capture never read the payment at the same moment.
 */
export const orderPaymentLockKey = (orderId: string) => `ship-cooperative-parcel:${orderId}`
