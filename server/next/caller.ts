// The tRPC API called from server components: the same procedures, guards and context as over HTTP.
import { cache } from "react";
import { headers } from "next/headers";
import { appRouter } from "../routers/_app";
import { createCallerFactory, createContext } from "../trpc";

const factory = createCallerFactory(appRouter);

export const serverApi = cache(async () => factory(await createContext({ headers: await headers() })));
