import { redirect } from "next/navigation";

// The bare domain has no accounts: sign-in happens on a hospital's own address, chosen on the landing page.
export default function RootLogin() {
  redirect("/");
}
