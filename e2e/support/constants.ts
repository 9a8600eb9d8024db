/** The authority name global-setup gives the server (EHC__LA__NAME). */
export const LA_NAME = "Exampleshire County Council";

/** The password of every demo account `ehc-hub seed-demo` creates. */
export const DEMO_PASSWORD = "violet harbour lantern";

/** The idle time-out of the second server global-setup starts (EHC_E2E_SHORT_IDLE_BASE_URL). */
export const SHORT_IDLE_TIMEOUT_MINUTES = 3;

/**
 * The authenticator key of every demo account on the "enrolled" server
 * (`ehc-hub seed-demo --authenticator-key`): journeys that are not about setting
 * up a second factor sign in there with codes computed from it.
 */
export const DEMO_AUTHENTICATOR_KEY = "EHCHUBDEMOKEYFORLAPTOPSANDTESTS2";
