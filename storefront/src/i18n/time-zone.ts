/** The time zone every date is shown in, for shoppers and coordinators alike: the cooperatives' own, in Chiapas. */
export const TIME_ZONE = "America/Mexico_City"
