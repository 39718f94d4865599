import { TriangleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { Allergy } from "@/db/schema/tenant";

/** allergies at a glance; severe ones in red */
export function AllergyBadges({ allergies, none }: { allergies: Allergy[]; none?: string }) {
  if (allergies.length === 0) return none ? <span className="text-sm text-muted-foreground">{none}</span> : null;
  return (
    <span className="flex flex-wrap gap-1">
      {allergies.map((a) => (
        <Badge key={a.substance} variant={a.severity === "SEVERE" ? "destructive" : "warning"} title={a.reaction}>
          {a.severity === "SEVERE" && <TriangleAlert aria-hidden />}
          {a.substance}
        </Badge>
      ))}
    </span>
  );
}
