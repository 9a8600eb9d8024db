/** The product's name, shown beside the authority's name and in every page title. */
export const SERVICE_NAME = "EHC hub";

/** "Page – EHC hub – Exampleshire County Council" */
export function pageTitle(page: string, organisationName: string | undefined): string {
  return [page, SERVICE_NAME, organisationName].filter(Boolean).join(" – ");
}
