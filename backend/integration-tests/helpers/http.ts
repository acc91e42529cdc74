/** An API call's status and body, whether it succeeded or not (axios throws on 4xx/5xx). */
export const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    (response: any) => ({ status: response.status as number, data: response.data }),
    (error: any) => ({ status: error.response?.status as number, data: error.response?.data })
  )
