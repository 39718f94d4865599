// The hospital's logo on its own host: GET (public), POST multipart "file" and DELETE (the hospital's ADMIN).
import { deleteLogo, serveLogo, uploadLogo } from "@/server/hospitals/logo-http";

export const dynamic = "force-dynamic";

export { serveLogo as GET, uploadLogo as POST, deleteLogo as DELETE };
