"use client";
// tRPC + TanStack Query for client components (useTRPC().patient.list.queryOptions(...) etc.). An error answer is
// shown in the user's language by components/form (useErrorText, useServerErrors), never by its English message.
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useEffect, useState, type ReactNode } from "react";
import superjson from "superjson";
import { useZodMessages } from "@/components/form/use-errors";
import type { AppRouter } from "@/server/routers/_app";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** a signed-out or revoked session answers UNAUTHORIZED: go sign in again */
function onUnauthorized(error: unknown) {
  if (error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED" && typeof window !== "undefined") {
    // a full page load on purpose: the session is gone and every cached query with it
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.href = "/auth/login";
  }
}

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (n, err) => !(err instanceof TRPCClientError) && n < 2,
        refetchOnWindowFocus: false,
      },
    },
    queryCache: new QueryCache({ onError: onUnauthorized }),
    mutationCache: new MutationCache({ onError: onUnauthorized }),
  });
}

export function TrpcProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      // maxItems: the server refuses a batch of more than 20 calls (server/http/trpc-limits.ts)
      links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, maxURLLength: 4000, maxItems: 20 })],
    }),
  );
  // zod's messages (client-side validation) in the user's language, set again when it changes
  useZodMessages();
  // marks the page as interactive (the root effect runs after the whole tree has hydrated); end-to-end tests wait
  // for it before typing, as a change made before hydration is reset by React
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
