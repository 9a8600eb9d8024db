/** The authority name global-setup gives the server (EHC__LA__NAME). */
export const LA_NAME = "Exampleshire County Council";
