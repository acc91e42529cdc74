"use client"

import { createContext, type ReactNode, useContext } from "react"

export type ErrorStringsValue = { title: string; body: string; reference: string; retry: string; home: string }

const Context = createContext<ErrorStringsValue | null>(null)

/** The shop error page's words, from the layout: an error boundary takes no props of ours. */
export function ErrorStrings({ value, children }: { value: ErrorStringsValue; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>
}

export function useErrorStrings(): ErrorStringsValue {
  const value = useContext(Context)
  // Only reachable if the layout itself is missing, which Next's global error page covers.
  if (!value) throw new Error("ErrorStrings is missing from the shop layout")
  return value
}
