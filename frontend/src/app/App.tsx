import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider, type createBrowserRouter } from "react-router";
import { ApiClientContext, type ApiClient } from "../api/client";

interface AppProps {
  router: ReturnType<typeof createBrowserRouter>;
  apiClient: ApiClient;
  queryClient: QueryClient;
}

export function App({ router, apiClient, queryClient }: AppProps) {
  return (
    <ApiClientContext.Provider value={apiClient}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiClientContext.Provider>
  );
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
