import * as React from "react";
import { Loader2Icon } from "lucide-react";

import { cn } from "@/components/utils";

/** Indeterminate loading indicator. Pass a translated `aria-label` where the default won't do. */
function Spinner({ className, ...props }: React.ComponentProps<"svg">) {
  return (
    <Loader2Icon
      data-slot="spinner"
      role="status"
      aria-label="Loading"
      className={cn("size-4 animate-spin", className)}
      {...props}
    />
  );
}

export { Spinner };
