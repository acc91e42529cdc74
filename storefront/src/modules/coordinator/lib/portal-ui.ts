/** A link as easy to hit as a button: the portal is used on phones, often outdoors. */
export const portalLink =
  "inline-block rounded-md py-3 text-lg font-semibold text-indigo underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo"
